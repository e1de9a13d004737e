package org.senim.report.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Finds and deletes tips past their retention: closed before {@code closedBefore}, or
 * never closed and received before {@code receivedBefore}. Deleting a report deletes its
 * messages, status history and idempotency entries with it ({@code ON DELETE CASCADE}).
 */
@Component
class ExpiredReports {

	private static final String EXPIRED = """
			((closed_at IS NOT NULL AND closed_at < :closedBefore)
			 OR (closed_at IS NULL AND created_at < :receivedBefore))""";

	private final DatabaseClient db;

	ExpiredReports(DatabaseClient db) {
		this.db = db;
	}

	Flux<UUID> find(Instant closedBefore, Instant receivedBefore, int limit) {
		return this.db.sql("SELECT id FROM report WHERE " + EXPIRED + " ORDER BY created_at LIMIT :limit")
			.bind("closedBefore", utc(closedBefore))
			.bind("receivedBefore", utc(receivedBefore))
			.bind("limit", limit)
			.map((row) -> row.get("id", UUID.class))
			.all();
	}

	/**
	 * Deletes the report if it is still expired; emits whether this call deleted it
	 * (false when another instance did first, or the tip was reopened).
	 */
	Mono<Boolean> delete(UUID reportId, Instant closedBefore, Instant receivedBefore) {
		return this.db.sql("DELETE FROM report WHERE id = :id AND " + EXPIRED)
			.bind("id", reportId)
			.bind("closedBefore", utc(closedBefore))
			.bind("receivedBefore", utc(receivedBefore))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
