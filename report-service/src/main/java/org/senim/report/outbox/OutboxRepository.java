package org.senim.report.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * SQL of {@code outbox_event}, valid on PostgreSQL and on H2 in PostgreSQL mode.
 *
 * <p>
 * Claiming is a lease: one UPDATE takes the head of the queue (by {@code seq}) up to the
 * first row still backing off, and only while no other instance holds a live lease. So
 * several instances never send concurrently and none skips ahead of a failed row.
 */
@Component
class OutboxRepository {

	private static final String INSERT = """
			INSERT INTO outbox_event (id, topic, record_key, event_id, event_type, payload, created_at, attempts,
			                          next_attempt_at)
			VALUES (:id, :topic, :recordKey, :eventId, :eventType, :payload, :now, 0, :now)""";

	private static final String CLAIM = """
			UPDATE outbox_event SET claimed_by = :owner, claimed_until = :leaseEnd
			WHERE published_at IS NULL
			  AND (claimed_until IS NULL OR claimed_until < :now OR claimed_by = :owner)
			  AND seq IN (SELECT p.seq FROM outbox_event p WHERE p.published_at IS NULL ORDER BY p.seq LIMIT :batch)
			  AND seq < COALESCE((SELECT MIN(w.seq) FROM outbox_event w
			                      WHERE w.published_at IS NULL AND w.next_attempt_at > :now), 9223372036854775807)
			  AND NOT EXISTS (SELECT 1 FROM outbox_event o
			                  WHERE o.published_at IS NULL AND o.claimed_until >= :now AND o.claimed_by <> :owner)""";

	private static final String CLAIMED = """
			SELECT id, seq, topic, record_key, event_id, payload, attempts FROM outbox_event
			WHERE claimed_by = :owner AND published_at IS NULL ORDER BY seq""";

	private final DatabaseClient db;

	OutboxRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(UUID id, String topic, String recordKey, String eventId, String eventType, byte[] payload,
			Instant now) {
		return this.db.sql(INSERT)
			.bind("id", id)
			.bind("topic", topic)
			.bind("recordKey", recordKey)
			.bind("eventId", eventId)
			.bind("eventType", eventType)
			.bind("payload", payload)
			.bind("now", utc(now))
			.then();
	}

	Mono<Long> claim(String owner, Instant now, Instant leaseEnd, int batch) {
		return this.db.sql(CLAIM)
			.bind("owner", owner)
			.bind("leaseEnd", utc(leaseEnd))
			.bind("now", utc(now))
			.bind("batch", batch)
			.fetch()
			.rowsUpdated();
	}

	Flux<OutboxRecord> claimed(String owner) {
		return this.db.sql(CLAIMED)
			.bind("owner", owner)
			.map((row) -> new OutboxRecord(row.get("id", UUID.class), row.get("seq", Long.class),
					row.get("topic", String.class), row.get("record_key", String.class),
					row.get("event_id", String.class), row.get("payload", byte[].class),
					row.get("attempts", Integer.class)))
			.all();
	}

	Mono<Void> markPublished(UUID id, Instant now) {
		return this.db
			.sql("UPDATE outbox_event SET published_at = :now, claimed_by = NULL, claimed_until = NULL WHERE id = :id")
			.bind("now", utc(now))
			.bind("id", id)
			.then();
	}

	Mono<Void> markFailed(UUID id, Instant nextAttempt) {
		return this.db.sql("""
				UPDATE outbox_event SET attempts = attempts + 1, next_attempt_at = :next,
				                        claimed_by = NULL, claimed_until = NULL
				WHERE id = :id""").bind("next", utc(nextAttempt)).bind("id", id).then();
	}

	Mono<Void> release(String owner) {
		return this.db
			.sql("UPDATE outbox_event SET claimed_by = NULL, claimed_until = NULL "
					+ "WHERE claimed_by = :owner AND published_at IS NULL")
			.bind("owner", owner)
			.then();
	}

	Mono<Long> deletePublishedBefore(Instant cutoff) {
		return this.db.sql("DELETE FROM outbox_event WHERE published_at < :cutoff")
			.bind("cutoff", utc(cutoff))
			.fetch()
			.rowsUpdated();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
