package org.senim.report.system;

import java.time.Instant;
import java.time.ZoneOffset;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code processed_event} table of idempotent consumers. Both calls must run in the
 * transaction of the event's effect, so an event counts as handled exactly when its
 * effect is committed.
 */
@Component
public class ProcessedEvents {

	/** The longest CloudEvent id the table keeps. */
	public static final int MAX_EVENT_ID = 64;

	private final DatabaseClient db;

	ProcessedEvents(DatabaseClient db) {
		this.db = db;
	}

	/** Whether the event has not been handled yet. */
	public Mono<Boolean> isNew(String eventId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM processed_event WHERE event_id = :eventId")
			.bind("eventId", eventId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.map((count) -> count == 0);
	}

	/**
	 * Records the event as handled; a concurrent duplicate fails the transaction on the
	 * primary key.
	 */
	public Mono<Void> record(String eventId, Instant at) {
		return this.db.sql("INSERT INTO processed_event (event_id, processed_at) VALUES (:eventId, :at)")
			.bind("eventId", eventId)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.then();
	}

}
