package org.senim.report.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.senim.report.receipt.Receipt;
import org.senim.report.receipt.ReceiptProperties;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which report an Idempotency-Key created, with its receipt sealed, so a
 * retried submission gets the first answer instead of a second report. Entries expire
 * after {@code senim.report.idempotency.ttl}.
 * <p>
 * Only the client holds what opens an entry. From the key (at least 128 random bits,
 * checked at intake) HKDF-SHA256 derives, with salt {@link #SALT}, the key the receipt is
 * sealed under (info {@code receipt-seal}) and the key of the request's hash (info
 * {@code request-hash}); stored are the entry's lookup hash (HMAC-SHA256 of the key under
 * the receipt pepper), the request hash and the sealed receipt. A database dump together
 * with every secret of the service opens no receipt and confirms no guessed description.
 * Hashing and sealing are CPU work: call them through {@code CryptoWorkers}.
 */
@Component
public class Idempotency {

	/** HKDF salt: fixed and public, it separates this use of the key from any other. */
	static final byte[] SALT = "senim/report-service/idempotency-key/v1".getBytes(StandardCharsets.US_ASCII);

	static final byte[] RECEIPT_SEAL = "receipt-seal".getBytes(StandardCharsets.US_ASCII);

	static final byte[] REQUEST_HASH = "request-hash".getBytes(StandardCharsets.US_ASCII);

	private final DatabaseClient db;

	private final byte[] pepper;

	private final IdempotencyProperties properties;

	Idempotency(DatabaseClient db, ReceiptProperties receipts, IdempotencyProperties properties) {
		this.db = db;
		this.pepper = receipts.pepperBytes();
		this.properties = properties;
	}

	public Fingerprint fingerprint(String key, byte[] request) {
		byte[] clientKey = key.getBytes(StandardCharsets.US_ASCII);
		byte[] pseudorandomKey = Hkdf.extract(SALT, clientKey);
		byte[] keyHash = Hkdf.hmac(this.pepper, ("idempotency-key:" + key).getBytes(StandardCharsets.US_ASCII));
		byte[] requestHash = Hkdf.hmac(Hkdf.expand(pseudorandomKey, REQUEST_HASH, 32), request);
		return new Fingerprint(keyHash, requestHash, Hkdf.expand(pseudorandomKey, RECEIPT_SEAL, 32));
	}

	public SealedReceipt sealReceipt(Fingerprint fingerprint, Receipt receipt) {
		return ReceiptSeal.seal(fingerprint, receipt.digits());
	}

	/** The first answer for this key, if it is still remembered. */
	public Mono<Previous> find(Fingerprint fingerprint) {
		return this.db.sql("""
				SELECT request_hash, report_id, receipt_nonce, receipt_ciphertext
				FROM idempotency_key WHERE key_hash = :keyHash AND expires_at > :now""")
			.bind("keyHash", fingerprint.keyHash())
			.bind("now", utc(Instant.now()))
			.map((row) -> new Previous(fingerprint, row.get("request_hash", byte[].class),
					row.get("report_id", UUID.class),
					new SealedReceipt(row.get("receipt_nonce", byte[].class),
							row.get("receipt_ciphertext", byte[].class))))
			.one();
	}

	/** Records the answer; must join the transaction that stores the report. */
	public Mono<Void> remember(Fingerprint fingerprint, UUID reportId, SealedReceipt receipt, Instant now) {
		Mono<Void> purgeExpired = this.db.sql("DELETE FROM idempotency_key WHERE expires_at <= :now")
			.bind("now", utc(now))
			.then();
		Mono<Void> insert = this.db.sql("""
				INSERT INTO idempotency_key (key_hash, request_hash, report_id, receipt_nonce, receipt_ciphertext,
				                             created_at, expires_at)
				VALUES (:keyHash, :requestHash, :reportId, :nonce, :ciphertext, :now, :expires)""")
			.bind("keyHash", fingerprint.keyHash())
			.bind("requestHash", fingerprint.requestHash())
			.bind("reportId", reportId)
			.bind("nonce", receipt.nonce())
			.bind("ciphertext", receipt.ciphertext())
			.bind("now", utc(now))
			.bind("expires", utc(now.plus(this.properties.ttl())))
			.then();
		return purgeExpired.then(insert);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A remembered first answer. */
	public final class Previous {

		private final Fingerprint fingerprint;

		private final byte[] requestHash;

		private final UUID reportId;

		private final SealedReceipt receipt;

		Previous(Fingerprint fingerprint, byte[] requestHash, UUID reportId, SealedReceipt receipt) {
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
			return new Receipt(ReceiptSeal.open(this.fingerprint, this.receipt));
		}

	}

}
