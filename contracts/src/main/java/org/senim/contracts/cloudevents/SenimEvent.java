package org.senim.contracts.cloudevents;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One CloudEvent of Senim with typed data.
 *
 * @param id unique per event; consumers deduplicate on it
 * @param subject the entity the event is about (report, referral, service id)
 */
public record SenimEvent<T>(String id, EventType<T> type, URI source, String subject, Instant time, T data) {

	public SenimEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(data, "data");
	}

	/** A new event with a random id, happening now. */
	public static <T> SenimEvent<T> of(EventType<T> type, URI source, String subject, T data) {
		return new SenimEvent<>(UUID.randomUUID().toString(), type, source, subject, Instant.now(), data);
	}

}
