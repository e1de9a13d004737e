package org.senim.report.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;
import org.senim.report.receipt.Receipt;
import org.senim.report.receipt.ReceiptProperties;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which report an Idempotency-Key created, with its receipt sealed, so a
 * retried submission gets the first answer instead of a second report. Entries expire
 * after {@code senim.report.idempotency.ttl}. Hashing and sealing are CPU work: call them
 * through {@code CryptoWorkers}.
 */
@Component
public class Idempotency {

	private static final String HMAC = "HmacSHA256";

	private final DatabaseClient db;

	private final FieldCipher cipher;

	private final SecretKeySpec hmacKey;

	private final IdempotencyProperties properties;

	Idempotency(DatabaseClient db, FieldCipher cipher, ReceiptProperties receipts, IdempotencyProperties properties) {
		this.db = db;
		this.cipher = cipher;
		this.hmacKey = new SecretKeySpec(receipts.pepperBytes(), HMAC);
		this.properties = properties;
	}

	public Fingerprint fingerprint(String key, byte[] request) {
		return new Fingerprint(hmac(("idempotency-key:" + key).getBytes(StandardCharsets.UTF_8)), hmac(request));
	}

	public SealedText sealReceipt(Fingerprint fingerprint, Receipt receipt) {
		return this.cipher.seal(receipt.digits().getBytes(StandardCharsets.US_ASCII), context(fingerprint));
	}

	/** The first answer for this key, if it is still remembered. */
	public Mono<Previous> find(Fingerprint fingerprint) {
		return this.db.sql("""
				SELECT request_hash, report_id, receipt_key_id, receipt_nonce, receipt_ciphertext
				FROM idempotency_key WHERE key_hash = :keyHash AND expires_at > :now""")
			.bind("keyHash", fingerprint.keyHash())
			.bind("now", utc(Instant.now()))
			.map((row) -> new Previous(fingerprint, row.get("request_hash", byte[].class),
					row.get("report_id", UUID.class),
					new SealedText(row.get("receipt_key_id", String.class), row.get("receipt_nonce", byte[].class),
							row.get("receipt_ciphertext", byte[].class))))
			.one();
	}

	/** Records the answer; must join the transaction that stores the report. */
	public Mono<Void> remember(Fingerprint fingerprint, UUID reportId, SealedText receipt, Instant now) {
		Mono<Void> purgeExpired = this.db.sql("DELETE FROM idempotency_key WHERE expires_at <= :now")
			.bind("now", utc(now))
			.then();
		Mono<Void> insert = this.db.sql("""
				INSERT INTO idempotency_key (key_hash, request_hash, report_id, receipt_key_id, receipt_nonce,
				                             receipt_ciphertext, created_at, expires_at)
				VALUES (:keyHash, :requestHash, :reportId, :keyId, :nonce, :ciphertext, :now, :expires)""")
			.bind("keyHash", fingerprint.keyHash())
			.bind("requestHash", fingerprint.requestHash())
			.bind("reportId", reportId)
			.bind("keyId", receipt.keyId())
			.bind("nonce", receipt.nonce())
			.bind("ciphertext", receipt.ciphertext())
			.bind("now", utc(now))
			.bind("expires", utc(now.plus(this.properties.ttl())))
			.then();
		return purgeExpired.then(insert);
	}

	private byte[] hmac(byte[] data) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.hmacKey);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] context(Fingerprint fingerprint) {
		return ("idempotency_key:" + HexFormat.of().formatHex(fingerprint.keyHash())).getBytes(StandardCharsets.UTF_8);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A remembered first answer. */
	public final class Previous {

		private final Fingerprint fingerprint;

		private final byte[] requestHash;

		private final UUID reportId;

		private final SealedText receipt;

		Previous(Fingerprint fingerprint, byte[] requestHash, UUID reportId, SealedText receipt) {
			this.fingerprint = fingerprint;
			this.requestHash = requestHash;
			this.reportId = reportId;
			this.receipt = receipt;
		}

		public UUID reportId() {
			return this.reportId;
		}

		/** Whether the retried request is the one that created this answer. */
		public boolean isSameRequest() {
			return this.fingerprint.sameRequestAs(this.requestHash);
		}

		public Receipt openReceipt() {
			return new Receipt(new String(Idempotency.this.cipher.open(this.receipt, context(this.fingerprint)),
					StandardCharsets.US_ASCII));
		}

	}

}
