package org.senim.referral.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code outbox_event} (docs/decisions.md "Outbox"), valid on PostgreSQL and on H2
 * in PostgreSQL mode.
 *
 * <p>
 * Claiming is a lease: one UPDATE takes the head of the queue (by {@code seq}) up to the
 * first row still backing off, and only while no other instance holds a live lease. So
 * several instances never send concurrently and none skips ahead of a failed row.
 */
@Repository
class OutboxRepository {

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

	Mono<Void> insert(String topic, String key, String eventId, String eventType, byte[] payload, Instant now) {
		return this.db.sql("""
				INSERT INTO outbox_event (id, topic, record_key, event_id, event_type, payload, created_at,
				       attempts, next_attempt_at)
				VALUES (:id, :topic, :key, :eventId, :eventType, :payload, :now, 0, :now)""")
			.bind("id", UUID.randomUUID())
			.bind("topic", topic)
			.bind("key", key)
			.bind("eventId", eventId)
			.bind("eventType", eventType)
			.bind("payload", payload)
			.bind("now", now)
			.then();
	}

	Mono<Long> claim(String owner, Instant now, Instant leaseEnd, int batch) {
		return this.db.sql(CLAIM)
			.bind("owner", owner)
			.bind("leaseEnd", leaseEnd)
			.bind("now", now)
			.bind("batch", batch)
			.fetch()
			.rowsUpdated();
	}

	Flux<OutboxRow> claimed(String owner) {
		return this.db.sql(CLAIMED)
			.bind("owner", owner)
			.map((row, meta) -> new OutboxRow(row.get("id", UUID.class), row.get("seq", Long.class),
					row.get("topic", String.class), row.get("record_key", String.class),
					row.get("event_id", String.class), row.get("payload", byte[].class),
					row.get("attempts", Integer.class)))
			.all();
	}

	Mono<Long> seqOf(String eventId) {
		return this.db.sql("SELECT seq FROM outbox_event WHERE event_id = :eventId")
			.bind("eventId", eventId)
			.map((row, meta) -> row.get("seq", Long.class))
			.one();
	}

	/** The id of the newest event recorded, if any. */
	Mono<String> latestEventId() {
		return this.db.sql("SELECT event_id FROM outbox_event ORDER BY seq DESC LIMIT 1")
			.map((row, meta) -> row.get("event_id", String.class))
			.one();
	}

	/**
	 * The newest {@code limit} rows of the types after {@code seq} recorded at or after
	 * {@code notBefore}, oldest first: what a resume may replay.
	 */
	Flux<OutboxRow> newestAfter(long seq, List<String> eventTypes, Instant notBefore, int limit) {
		return this.db.sql("""
				SELECT id, seq, topic, record_key, event_id, payload, attempts FROM (
				  SELECT id, seq, topic, record_key, event_id, payload, attempts FROM outbox_event
				  WHERE seq > :seq AND event_type IN (:types) AND created_at >= :notBefore
				  ORDER BY seq DESC LIMIT :limit) newest
				ORDER BY seq""")
			.bind("seq", seq)
			.bind("types", eventTypes)
			.bind("notBefore", notBefore)
			.bind("limit", limit)
			.map((row, meta) -> new OutboxRow(row.get("id", UUID.class), row.get("seq", Long.class),
					row.get("topic", String.class), row.get("record_key", String.class),
					row.get("event_id", String.class), row.get("payload", byte[].class),
					row.get("attempts", Integer.class)))
			.all();
	}

	/** The position of the first row of the types after {@code seq}, if any. */
	Mono<Long> firstAfter(long seq, List<String> eventTypes) {
		return this.db.sql("SELECT MIN(seq) AS first FROM outbox_event WHERE seq > :seq AND event_type IN (:types)")
			.bind("seq", seq)
			.bind("types", eventTypes)
			.map((row, meta) -> Optional.ofNullable(row.get("first", Long.class)))
			.one()
			.flatMap(Mono::justOrEmpty);
	}

	Mono<Void> published(OutboxRow row, Instant now) {
		return this.db
			.sql("UPDATE outbox_event SET published_at = :now, claimed_by = NULL, claimed_until = NULL WHERE id = :id")
			.bind("now", now)
			.bind("id", row.id())
			.then();
	}

	Mono<Void> failed(OutboxRow row, Instant nextAttemptAt) {
		return this.db.sql("""
				UPDATE outbox_event SET attempts = attempts + 1, next_attempt_at = :next,
				       claimed_by = NULL, claimed_until = NULL
				WHERE id = :id""").bind("next", nextAttemptAt).bind("id", row.id()).then();
	}

	Mono<Void> release(String owner) {
		return this.db
			.sql("UPDATE outbox_event SET claimed_by = NULL, claimed_until = NULL "
					+ "WHERE claimed_by = :owner AND published_at IS NULL")
			.bind("owner", owner)
			.then();
	}

	Mono<Long> deletePublishedBefore(Instant cutoff) {
		return this.db.sql("DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < :cutoff")
			.bind("cutoff", cutoff)
			.fetch()
			.rowsUpdated();
	}

}
