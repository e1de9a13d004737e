package org.senim.report.followup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.senim.report.receipt.Receipt;

import org.springframework.stereotype.Component;

/**
 * Limits how often one receipt may be tried, whoever tries it (the gateway limits each
 * client): a mailbox cannot be hammered from many addresses. Buckets are keyed by an HMAC
 * under a key that lives only in memory, so no receipt is held here. At most
 * {@code max-tracked-receipts} are kept, the least used evicted first: trying many other
 * receipts never resets a hammered one's count, as dropping them all at once did. A
 * receipt is counted in the form the look-up reads it ({@link Receipt#normalize}), so
 * spelling it differently buys no further attempts.
 */
@Component
class ReceiptAttempts {

	private final FollowUpProperties properties;

	private final byte[] key = new byte[32];

	private final Cache<String, Bucket> buckets;

	ReceiptAttempts(FollowUpProperties properties) {
		this.properties = properties;
		new SecureRandom().nextBytes(this.key);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxTrackedReceipts())
			// Untouched for a period, a bucket is full again: nothing is lost by dropping
			// it.
			.expireAfterAccess(properties.attemptsPeriod())
			.executor(Runnable::run)
			.build();
	}

	/** Takes one attempt for this receipt; throws when its attempts are used up. */
	void take(String typedReceipt) {
		ConsumptionProbe probe = this.buckets.get(keyOf(typedReceipt), (k) -> newBucket())
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
			// Counted as the look-up reads it: "1234 5678-…" and "12345678…" are one
			// receipt.
			String normalized = Receipt.normalize(typedReceipt);
			return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required", ex);
		}
	}

}
