package org.senim.report.followup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.senim.platform.crypto.SealedText;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

/** Reads reports by receipt hash and keeps their sealed mailbox messages. */
@Component
class MailboxStore {

	private final DatabaseClient db;

	MailboxStore(DatabaseClient db) {
		this.db = db;
	}

	Mono<ReportRef> findByReceiptHash(byte[] receiptHash) {
		return this.db.sql("SELECT id, status, created_at FROM report WHERE receipt_hash = :hash")
			.bind("hash", receiptHash)
			.map((row) -> new ReportRef(row.get("id", UUID.class), row.get("status", String.class),
					row.get("created_at", OffsetDateTime.class).toInstant()))
			.one();
	}

	Flux<SealedMessage> messagesOf(UUID reportId) {
		return this.db.sql("""
				SELECT id, author, text_key_id, text_nonce, text_ciphertext, created_at FROM report_message
				WHERE report_id = :reportId ORDER BY created_at, id""")
			.bind("reportId", reportId)
			.map((row) -> new SealedMessage(row.get("id", UUID.class), row.get("author", String.class),
					new SealedText(row.get("text_key_id", String.class), row.get("text_nonce", byte[].class),
							row.get("text_ciphertext", byte[].class)),
					row.get("created_at", OffsetDateTime.class).toInstant()))
			.all();
	}

	Mono<Void> insert(UUID id, UUID reportId, String author, SealedText text, Instant at) {
		return this.db.sql("""
				INSERT INTO report_message (id, report_id, author, text_key_id, text_nonce, text_ciphertext, created_at)
				VALUES (:id, :reportId, :author, :keyId, :nonce, :ciphertext, :at)""")
			.bind("id", id)
			.bind("reportId", reportId)
			.bind("author", author)
			.bind("keyId", text.keyId())
			.bind("nonce", text.nonce())
			.bind("ciphertext", text.ciphertext())
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.then();
	}

	/**
	 * Adds a message only if its report still exists; emits whether it did. (Were the
	 * report deleted meanwhile, the foreign key fails the insert and a retry skips it.)
	 */
	Mono<Boolean> insertIfReportExists(UUID id, UUID reportId, String author, SealedText text, Instant at) {
		return this.db.sql("SELECT COUNT(*) AS n FROM report WHERE id = :reportId")
			.bind("reportId", reportId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.flatMap((count) -> (count > 0) ? insert(id, reportId, author, text, at).thenReturn(true)
					: Mono.just(false));
	}

	/**
	 * Sets the report's status ({@code closedAt} when it closes, else none); emits
	 * whether the report exists.
	 */
	Mono<Boolean> changeStatus(UUID reportId, String status, Instant closedAt) {
		return this.db.sql("UPDATE report SET status = :status, closed_at = :closedAt WHERE id = :reportId")
			.bind("status", status)
			.bind("closedAt",
					Parameter.fromOrEmpty((closedAt != null) ? closedAt.atOffset(ZoneOffset.UTC) : null,
							OffsetDateTime.class))
			.bind("reportId", reportId)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	Mono<Void> appendHistory(UUID reportId, String status, Instant at) {
		return this.db.sql("""
				INSERT INTO report_status_history (id, report_id, status, changed_at)
				VALUES (:id, :reportId, :status, :at)""")
			.bind("id", UUID.randomUUID())
			.bind("reportId", reportId)
			.bind("status", status)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.then();
	}

	Flux<FollowUp.HistoryEntry> historyOf(UUID reportId) {
		return this.db.sql("""
				SELECT status, changed_at FROM report_status_history
				WHERE report_id = :reportId ORDER BY changed_at, id""")
			.bind("reportId", reportId)
			.map((row) -> new FollowUp.HistoryEntry(row.get("status", String.class),
					row.get("changed_at", OffsetDateTime.class).toInstant()))
			.all();
	}

	record ReportRef(UUID id, String status, Instant createdAt) {

	}

	record SealedMessage(UUID id, String author, SealedText text, Instant at) {

	}

}
