package org.senim.referral.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

	/**
	 * What a resume from the position may replay: the newest {@code maxEvents} events of
	 * the given types recorded after it and not before {@code notBefore}, oldest first,
	 * and whether older ones were left out.
	 */
	public Mono<Replay> replayAfter(long position, Set<EventType<?>> types, int maxEvents, Instant notBefore) {
		List<String> names = types.stream().map(EventType::type).toList();
		return this.repository.newestAfter(position, names, notBefore, maxEvents)
			.collectList()
			.zipWith(this.repository.firstAfter(position, names).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.map((found) -> {
				List<OutboxRow> rows = found.getT1();
				boolean truncated = found.getT2()
					.map((first) -> rows.isEmpty() || rows.get(0).seq() != first)
					.orElse(false);
				return new Replay(truncated, Flux.fromIterable(rows).concatMap(this::decode));
			});
	}

	/**
	 * The events a resume replays, decoded as they are read, and whether events between
	 * the resumed position and the first of them were left out (too many or too old).
	 */
	public record Replay(boolean truncated, Flux<SenimEvent<?>> events) {

	}

	private Mono<SenimEvent<?>> decode(OutboxRow row) {
		return this.workers.<SenimEvent<?>>run(() -> this.codec.decode(this.outbox.open(row)))
			.onErrorResume(MalformedEventException.class, (ex) -> {
				log.warn("Skipping unreadable outbox event {} (seq {}) on replay", row.eventId(), row.seq());
				return Mono.empty();
			});
	}

}
