package org.senim.referral.outbox;

import java.util.List;
import java.util.Set;

import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.platform.crypto.CryptoWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The events this service recorded, in the order they were recorded ({@code seq} of the
 * outbox), read back from the outbox rows, which stay {@code senim.outbox.retention}
 * after publication. Live streams replay from here what a client missed.
 */
@Component
public class EventLog {

	private static final Logger log = LoggerFactory.getLogger(EventLog.class);

	private final OutboxRepository repository;

	private final Outbox outbox;

	private final CloudEventCodec codec;

	private final CryptoWorkers workers;

	EventLog(OutboxRepository repository, Outbox outbox, CloudEventCodec codec, CryptoWorkers workers) {
		this.repository = repository;
		this.outbox = outbox;
		this.codec = codec;
		this.workers = workers;
	}

	/**
	 * Where the event with the given id stands in the log; empty when it is unknown or no
	 * longer retained.
	 */
	public Mono<Long> positionOf(String eventId) {
		return this.repository.seqOf(eventId);
	}

	/** The id of the newest event recorded: where a stream opened now would resume. */
	public Mono<String> latestEventId() {
		return this.repository.latestEventId();
	}

	/** Events of the given types recorded after the position, oldest first. */
	public Flux<SenimEvent<?>> recordedAfter(long position, Set<EventType<?>> types) {
		List<String> names = types.stream().map(EventType::type).toList();
		return this.repository.after(position, names).concatMap(this::decode);
	}

	private Mono<SenimEvent<?>> decode(OutboxRow row) {
		return this.workers.<SenimEvent<?>>run(() -> this.codec.decode(this.outbox.open(row)))
			.onErrorResume(MalformedEventException.class, (ex) -> {
				log.warn("Skipping unreadable outbox event {} (seq {}) on replay", row.eventId(), row.seq());
				return Mono.empty();
			});
	}

}
