package org.senim.referral.stream;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.referral.outbox.EventLog;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;

/**
 * Resumes a live stream after the {@code Last-Event-ID} its client saw: the events
 * recorded since then that the caller may see, oldest first, then the live events without
 * a gap or a duplicate. The live feed is subscribed and buffered before the event log is
 * read, and live events already replayed are dropped by event id. An id the log does not
 * (or no longer) hold gives a {@code resume-unavailable} comment, then the live events. A
 * resume replays at most {@code replay-max-events} events, the newest, none older than
 * {@code replay-max-age}; when it left older ones out, a {@code replay-truncated} comment
 * comes first. A stream opened without an id starts with a resume mark: an SSE {@code id}
 * without data, the newest event of the log, which sets the client's last event id before
 * any event reached it, so a client cut off before its first event still resumes without
 * loss.
 *
 * <p>
 * The live events wait for a client that reads slowly in a buffer of
 * {@code senim.referral.stream.buffer} events; one more is an overflow, which ends that
 * client's stream ({@link LiveStreams}; it reconnects and resumes), never another's. The
 * caller's {@code sse} turns an event into what is sent, or into nothing (an event whose
 * text can no longer be opened).
 */
@Component
class StreamResumption {

	/** The comment sent when the Last-Event-ID cannot be resumed from. */
	static final String UNAVAILABLE = "resume-unavailable";

	/** The comment sent before a replay that left older events out. */
	static final String TRUNCATED = "replay-truncated";

	private static final int MAX_EVENT_ID_LENGTH = 200;

	private final EventLog log;

	private final StreamProperties properties;

	private final Clock clock;

	StreamResumption(EventLog log, StreamProperties properties, Clock clock) {
		this.log = log;
		this.properties = properties;
		this.clock = clock;
	}

	/** The Last-Event-ID header if one was sent; a too-long one is bad input. */
	static Optional<String> lastEventId(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String id = header.strip();
		if (id.length() > MAX_EVENT_ID_LENGTH) {
			throw new ServerWebInputException("Last-Event-ID is longer than " + MAX_EVENT_ID_LENGTH + " characters");
		}
		return Optional.of(id);
	}

	/**
	 * A stream from now: the resume mark, then the live events (subscribed before the
	 * mark is read, so none falls between them).
	 */
	Flux<ServerSentEvent<?>> fromNow(StreamedEvents events, Runnable overflow) {
		return buffered(events.live(), overflow, (pending) -> {
			Flux<ServerSentEvent<?>> mark = this.log.latestEventId()
				.<ServerSentEvent<?>>map((id) -> ServerSentEvent.builder().id(id).build())
				.flux();
			return Flux.concat(mark, pending.concatMap(events.sse()));
		});
	}

	/**
	 * Missed events the caller may see, then the live ones, as server-sent events.
	 */
	Flux<ServerSentEvent<?>> resume(String lastEventId, StreamedEvents events, Runnable overflow) {
		return buffered(events.live(), overflow, (pending) -> {
			Set<String> replayed = ConcurrentHashMap.newKeySet();
			Flux<ServerSentEvent<?>> missed = this.log.positionOf(lastEventId)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMapMany((position) -> position.map((seq) -> replay(seq, events, replayed))
					.orElseGet(() -> Flux.just(comment(UNAVAILABLE))));
			Flux<ServerSentEvent<?>> fresh = pending.filter((event) -> !replayed.contains(event.id()))
				.concatMap(events.sse());
			return Flux.concat(missed, fresh);
		});
	}

	private Flux<ServerSentEvent<?>> replay(long position, StreamedEvents events, Set<String> replayed) {
		return this.log
			.replayAfter(position, events.types(), this.properties.replayMaxEvents(),
					this.clock.instant().minus(this.properties.replayMaxAge()))
			.flatMapMany((replay) -> {
				Flux<ServerSentEvent<?>> missed = replay.events()
					.filter(events.visible())
					.doOnNext((event) -> replayed.add(event.id()))
					.concatMap(events.sse());
				return replay.truncated() ? missed.startWith(comment(TRUNCATED)) : missed;
			});
	}

	/**
	 * The live feed subscribed at once into a bounded buffer, handed to {@code stream};
	 * {@code overflow} runs when the buffer is full, and the buffer takes no more.
	 */
	private Flux<ServerSentEvent<?>> buffered(Flux<SenimEvent<?>> live, Runnable overflow,
			Function<Flux<SenimEvent<?>>, Flux<ServerSentEvent<?>>> stream) {
		return Flux.defer(() -> {
			Sinks.Many<SenimEvent<?>> pending = Sinks.many()
				.unicast()
				.onBackpressureBuffer(new ArrayBlockingQueue<>(this.properties.buffer()));
			Disposable subscription = live.subscribe((event) -> {
				if (pending.tryEmitNext(event) == Sinks.EmitResult.FAIL_OVERFLOW) {
					overflow.run();
				}
			});
			return stream.apply(pending.asFlux()).doFinally((signal) -> subscription.dispose());
		});
	}

	private static ServerSentEvent<?> comment(String text) {
		return ServerSentEvent.builder().comment(text).build();
	}

}
