package org.senim.directory.changes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox_event} table. Claiming is a lease (the shape report-service settled,
 * docs/decisions.md): one UPDATE takes the head of the queue by {@code seq} up to the
 * first row still backing off, and only while no other instance holds a live lease, so
 * instances never send concurrently and no row overtakes a failed one.
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

	private final DatabaseClient database;

	OutboxRepository(DatabaseClient database) {
		this.database = database;
	}

	/** A {@code null} payload is a tombstone: the relay sends a record without value. */
	Mono<Void> insert(String topic, String recordKey, String eventId, String eventType, byte[] payload, Instant now) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql(INSERT)
			.bind("id", UUID.randomUUID())
			.bind("topic", topic)
			.bind("recordKey", recordKey)
			.bind("eventId", eventId)
			.bind("eventType", eventType)
			.bind("now", utc(now));
		return ((payload != null) ? insert.bind("payload", payload) : insert.bindNull("payload", byte[].class)).then();
	}

	/** Emits how many rows this owner now holds a lease on. */
	Mono<Long> claim(String owner, Instant now, Instant leaseEnd, int batch) {
		return this.database.sql(CLAIM)
			.bind("owner", owner)
			.bind("leaseEnd", utc(leaseEnd))
			.bind("now", utc(now))
			.bind("batch", batch)
			.fetch()
			.rowsUpdated();
	}

	Flux<OutboxRecord> claimed(String owner) {
		return this.database.sql(CLAIMED)
			.bind("owner", owner)
			.map((row) -> new OutboxRecord(row.get("id", UUID.class), row.get("seq", Long.class),
					row.get("topic", String.class), row.get("record_key", String.class),
					row.get("event_id", String.class), row.get("payload", byte[].class),
					row.get("attempts", Integer.class)))
			.all();
	}

	Mono<Void> markPublished(UUID id, Instant now) {
		return this.database
			.sql("UPDATE outbox_event SET published_at = :now, claimed_by = NULL, claimed_until = NULL WHERE id = :id")
			.bind("now", utc(now))
			.bind("id", id)
			.then();
	}

	Mono<Void> markFailed(UUID id, Instant nextAttempt) {
		return this.database.sql("""
				UPDATE outbox_event SET attempts = attempts + 1, next_attempt_at = :next,
				                        claimed_by = NULL, claimed_until = NULL
				WHERE id = :id""").bind("next", utc(nextAttempt)).bind("id", id).then();
	}

	Mono<Void> release(String owner) {
		return this.database
			.sql("UPDATE outbox_event SET claimed_by = NULL, claimed_until = NULL "
					+ "WHERE claimed_by = :owner AND published_at IS NULL")
			.bind("owner", owner)
			.then();
	}

	Mono<Long> deletePublishedBefore(Instant cutoff) {
		return this.database.sql("DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < :cutoff")
			.bind("cutoff", utc(cutoff))
			.fetch()
			.rowsUpdated();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A claimed row, ready to send. */
	record OutboxRecord(UUID id, long seq, String topic, String recordKey, String eventId, byte[] payload,
			int attempts) {

	}

}
