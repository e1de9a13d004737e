package org.senim.referral.stream;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.referral.outbox.EventLog;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
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
 * stream opened without one starts with a resume mark: an SSE {@code id} without data,
 * the newest event of the log, which sets the client's last event id before any event
 * reached it, so a client cut off before its first event still resumes without loss. The
 * caller's {@code sse} turns an event into what is sent, or into nothing (an event whose
 * text can no longer be opened).
 */
@Component
public class StreamResumption {

	/** The comment sent when the Last-Event-ID cannot be resumed from. */
	public static final String UNAVAILABLE = "resume-unavailable";

	private static final int MAX_EVENT_ID_LENGTH = 200;

	private final EventLog log;

	StreamResumption(EventLog log) {
		this.log = log;
	}

	/**
	 * The stream with a heartbeat comment first (before anything else, so a client knows
	 * at once it is connected) and then every {@code interval}.
	 */
	public static Flux<ServerSentEvent<?>> withHeartbeats(Flux<ServerSentEvent<?>> events, Duration interval) {
		ServerSentEvent<?> heartbeat = ServerSentEvent.builder().comment("heartbeat").build();
		return Flux.concat(Mono.just(heartbeat),
				Flux.merge(Flux.interval(interval, interval).map((tick) -> heartbeat), events));
	}

	/** The Last-Event-ID header if one was sent; a too-long one is bad input. */
	public static Optional<String> lastEventId(String header) {
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
	public Flux<ServerSentEvent<?>> fromNow(Flux<SenimEvent<?>> live,
			Function<SenimEvent<?>, Mono<ServerSentEvent<?>>> sse) {
		return Flux.defer(() -> {
			Sinks.Many<SenimEvent<?>> pending = Sinks.many().unicast().onBackpressureBuffer();
			Disposable subscription = live.subscribe(pending::tryEmitNext);
			Flux<ServerSentEvent<?>> mark = this.log.latestEventId()
				.<ServerSentEvent<?>>map((id) -> ServerSentEvent.builder().id(id).build())
				.flux();
			return Flux.concat(mark, pending.asFlux().concatMap(sse)).doFinally((signal) -> subscription.dispose());
		});
	}

	/**
	 * Missed events of the given types the caller may see, then the live ones, as
	 * server-sent events.
	 */
	public Flux<ServerSentEvent<?>> resume(String lastEventId, Set<EventType<?>> types,
			Predicate<SenimEvent<?>> visible, Flux<SenimEvent<?>> live,
			Function<SenimEvent<?>, Mono<ServerSentEvent<?>>> sse) {
		return Flux.defer(() -> {
			Sinks.Many<SenimEvent<?>> pending = Sinks.many().unicast().onBackpressureBuffer();
			Disposable subscription = live.subscribe(pending::tryEmitNext);
			Set<String> replayed = ConcurrentHashMap.newKeySet();
			Flux<ServerSentEvent<?>> missed = this.log.positionOf(lastEventId)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMapMany((position) -> position
					.map((seq) -> this.log.recordedAfter(seq, types)
						.filter(visible)
						.doOnNext((event) -> replayed.add(event.id()))
						.concatMap(sse))
					.orElseGet(() -> Flux.just(ServerSentEvent.builder().comment(UNAVAILABLE).build())));
			Flux<ServerSentEvent<?>> fresh = pending.asFlux()
				.filter((event) -> !replayed.contains(event.id()))
				.concatMap(sse);
			return Flux.concat(missed, fresh).doFinally((signal) -> subscription.dispose());
		});
	}

}
