package org.senim.report.datakey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.EncryptedText;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.DataKey;
import org.senim.platform.crypto.EnvelopeCipher;
import org.senim.platform.crypto.SealedText;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The data key of each report (docs/security.md, crypto-shredding): made at intake,
 * stored only sealed under the service key and bound to its report, deleted with the
 * report when it expires. A report without one has been shredded: {@link #find} is empty.
 */
@Component
public class ReportDataKeys {

	private final DatabaseClient db;

	private final EnvelopeCipher envelope;

	private final CryptoWorkers workers;

	ReportDataKeys(DatabaseClient db, EnvelopeCipher envelope, CryptoWorkers workers) {
		this.db = db;
		this.envelope = envelope;
		this.workers = workers;
	}

	/** A fresh data key for a new report, sealed under the service key. CPU work. */
	public SealedText newSealedKey(UUID reportId, DataKey key) {
		return this.envelope.wrap(EncryptedText.keyIdOf(reportId), key);
	}

	/**
	 * Free text of an event under the report's data key, bound to the event type, the
	 * field and the report. CPU work.
	 */
	public EncryptedText seal(UUID reportId, DataKey key, EventType<?> type, String field, String text) {
		return this.envelope.sealField(reportId, key, type, field, reportId, text);
	}

	/**
	 * Free text of an event about the record {@code recordId}, opened with the report's
	 * data key; empty once the report expired.
	 * @throws org.senim.platform.crypto.SealBrokenException (in the Mono) when it does
	 * not open: tampered, or moved from another event, field or record
	 */
	public Mono<String> open(UUID reportId, UUID recordId, EventType<?> type, String field, EncryptedText sealed) {
		return find(reportId).flatMap(
				(key) -> this.workers.run(() -> this.envelope.openField(sealed, reportId, key, type, field, recordId)));
	}

	/** Stores the sealed data key; call it in the transaction that stores the report. */
	public Mono<Void> insert(UUID reportId, SealedText sealed, Instant createdAt) {
		return this.db.sql("""
				INSERT INTO report_data_key (report_id, key_id, nonce, ciphertext, created_at)
				VALUES (:reportId, :keyId, :nonce, :ciphertext, :createdAt)""")
			.bind("reportId", reportId)
			.bind("keyId", sealed.keyId())
			.bind("nonce", sealed.nonce())
			.bind("ciphertext", sealed.ciphertext())
			.bind("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.then();
	}

	/** The report's data key, or empty once the report expired (or never existed). */
	public Mono<DataKey> find(UUID reportId) {
		return this.db.sql("SELECT key_id, nonce, ciphertext FROM report_data_key WHERE report_id = :reportId")
			.bind("reportId", reportId)
			.map((row) -> new SealedText(row.get("key_id", String.class), row.get("nonce", byte[].class),
					row.get("ciphertext", byte[].class)))
			.one()
			.flatMap((sealed) -> this.workers.run(() -> this.envelope.unwrap(EncryptedText.keyIdOf(reportId), sealed)));
	}

}
