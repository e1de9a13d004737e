package org.senim.referral.datakey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;

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
 * This service's copies of reports' data keys (docs/security.md, crypto-shredding):
 * fetched from the report-service when a tip first needs one, kept sealed under this
 * service's key, deleted when the report expires. Opens and seals the free text of a
 * report's events. Empty answers mean the report's key is gone: it expired and its text
 * is shredded.
 */
@Component
public class ReportKeys {

	private final DatabaseClient db;

	private final ReportKeyClient reportService;

	private final EnvelopeCipher envelope;

	private final CryptoWorkers workers;

	ReportKeys(DatabaseClient db, ReportKeyClient reportService, EnvelopeCipher envelope, CryptoWorkers workers) {
		this.db = db;
		this.reportService = reportService;
		this.envelope = envelope;
		this.workers = workers;
	}

	/**
	 * The report's data key: this service's copy, else fetched from the report-service
	 * and kept. Empty once the report expired.
	 */
	public Mono<DataKey> keyOf(UUID reportId) {
		return stored(reportId).switchIfEmpty(Mono
			.defer(() -> this.reportService.fetch(reportId).flatMap((key) -> keep(reportId, key).thenReturn(key))));
	}

	/** This service's copy of the key only, never fetched; for the NGO data-key API. */
	public Mono<DataKey> storedKeyOf(UUID reportId) {
		return stored(reportId);
	}

	/** The free text of a report's event, opened; empty once the report expired. */
	public Mono<String> open(UUID reportId, UUID recordId, EventType<?> type, String field, EncryptedText sealed) {
		return keyOf(reportId).flatMap(
				(key) -> this.workers.run(() -> this.envelope.openField(sealed, reportId, key, type, field, recordId)));
	}

	/**
	 * Free text for an event about {@code recordId} (a referral of the report, or the
	 * report itself), sealed under the report's data key; empty once the report expired.
	 */
	public Mono<EncryptedText> seal(UUID reportId, UUID recordId, EventType<?> type, String field, String text) {
		return keyOf(reportId).flatMap(
				(key) -> this.workers.run(() -> this.envelope.sealField(reportId, key, type, field, recordId, text)));
	}

	/**
	 * Like {@link #seal}, for an event that must carry the text: a report without key
	 * expired while its event was being made, which fails with {@code gone}.
	 */
	public Mono<EncryptedText> sealOrFail(UUID reportId, UUID recordId, EventType<?> type, String field, String text,
			Supplier<? extends RuntimeException> gone) {
		return seal(reportId, recordId, type, field, text).switchIfEmpty(Mono.error(gone));
	}

	/** Deletes this service's copy; call it in the transaction that purges the report. */
	public Mono<Void> forget(UUID reportId) {
		return this.db.sql("DELETE FROM report_data_key WHERE report_id = :reportId").bind("reportId", reportId).then();
	}

	private Mono<DataKey> stored(UUID reportId) {
		return this.db.sql("SELECT key_id, nonce, ciphertext FROM report_data_key WHERE report_id = :reportId")
			.bind("reportId", reportId)
			.map((row) -> new SealedText(row.get("key_id", String.class), row.get("nonce", byte[].class),
					row.get("ciphertext", byte[].class)))
			.one()
			.flatMap((sealed) -> this.workers.run(() -> this.envelope.unwrap(EncryptedText.keyIdOf(reportId), sealed)));
	}

	// Two deliveries may fetch at once: the first copy stays, both keys are the same.
	private Mono<Void> keep(UUID reportId, DataKey key) {
		return this.workers.run(() -> this.envelope.wrap(EncryptedText.keyIdOf(reportId), key))
			.flatMap((sealed) -> this.db.sql("""
					INSERT INTO report_data_key (report_id, key_id, nonce, ciphertext, fetched_at)
					VALUES (:reportId, :keyId, :nonce, :ciphertext, :fetchedAt)
					ON CONFLICT DO NOTHING""")
				.bind("reportId", reportId)
				.bind("keyId", sealed.keyId())
				.bind("nonce", sealed.nonce())
				.bind("ciphertext", sealed.ciphertext())
				.bind("fetchedAt", Instant.now().atOffset(ZoneOffset.UTC))
				.then());
	}

}
