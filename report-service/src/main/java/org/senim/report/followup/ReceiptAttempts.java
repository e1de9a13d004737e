package org.senim.report.followup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Limits how often one receipt may be tried, whoever tries it (the gateway limits each
 * client): a mailbox cannot be hammered from many addresses. Buckets are keyed by an HMAC
 * under a key that lives only in memory, so no receipt is held here; they are dropped all
 * at once when too many pile up.
 */
@Component
class ReceiptAttempts {

	private final FollowUpProperties properties;

	private final byte[] key = new byte[32];

	private volatile Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ReceiptAttempts(FollowUpProperties properties) {
		this.properties = properties;
		new SecureRandom().nextBytes(this.key);
	}

	/** Takes one attempt for this receipt; throws when its attempts are used up. */
	void take(String typedReceipt) {
		if (this.buckets.size() >= this.properties.maxTrackedReceipts()) {
			this.buckets = new ConcurrentHashMap<>();
		}
		ConsumptionProbe probe = this.buckets.computeIfAbsent(keyOf(typedReceipt), (k) -> newBucket())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyAttemptsException(
					Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
		}
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.properties.attemptsPerReceipt())
				.refillGreedy(this.properties.attemptsPerReceipt(), this.properties.attemptsPeriod())
				.build())
			.build();
	}

	private String keyOf(String typedReceipt) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			String normalized = (typedReceipt != null) ? typedReceipt.strip() : "";
			return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required", ex);
		}
	}

}
