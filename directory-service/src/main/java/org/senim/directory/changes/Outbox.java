package org.senim.directory.changes;

import java.time.Clock;
import java.util.UUID;

import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.SenimEvent;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Writes events to {@code outbox_event}, inside the caller's transaction; the
 * {@link OutboxRelay} sends them to Kafka after commit. Directory events carry no
 * confidential text, so the payload is the plain CloudEvent.
 */
@Component
class Outbox {

	private final OutboxRepository repository;

	private final CloudEventCodec codec;

	private final Clock clock;

	Outbox(OutboxRepository repository, CloudEventCodec codec, Clock clock) {
		this.repository = repository;
		this.codec = codec;
		this.clock = clock;
	}

	/**
	 * Event type stored with a tombstone row (no CloudEvent: the record has no value).
	 */
	static final String TOMBSTONE = "tombstone";

	/**
	 * A tombstone: a record with this key and no value, which deletes the key from a
	 * compacted topic and from the consumers' replicas.
	 */
	Mono<Void> appendTombstone(String topic, String key) {
		return this.repository.insert(topic, key, TOMBSTONE + "-" + UUID.randomUUID(), TOMBSTONE, null,
				this.clock.instant());
	}

	Mono<Void> append(String topic, String key, SenimEvent<?> event) {
		return Mono.fromCallable(() -> this.codec.encode(event))
			.flatMap((payload) -> this.repository.insert(topic, key, event.id(), event.type().type(), payload,
					this.clock.instant()));
	}

}
