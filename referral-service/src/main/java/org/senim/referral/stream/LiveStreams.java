package org.senim.referral.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Opens a live stream for the bearer of a token, bounded so it cannot outlive what it was
 * opened with (docs/security.md "Live streams"): it ends when the token expires (or after
 * {@code max-lifetime}, whichever comes first) and the client reconnects with a fresh
 * token and its {@code Last-Event-ID}; a subject holds at most {@code max-per-subject}
 * streams at once (the next one is a 429 problem); a resume replays a bounded number of
 * events ({@link StreamResumption}); a client that does not read is ended once its buffer
 * is full. A heartbeat comment goes first and then periodically.
 */
@Component
public class LiveStreams {

	private static final ServerSentEvent<?> HEARTBEAT = ServerSentEvent.builder().comment("heartbeat").build();

	private final StreamResumption resumption;

	private final StreamQuota quota;

	private final StreamProperties properties;

	private final Clock clock;

	LiveStreams(StreamResumption resumption, StreamQuota quota, StreamProperties properties, Clock clock) {
		this.resumption = resumption;
		this.quota = quota;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param token the caller's validated token
	 * @param lastEventId the {@code Last-Event-ID} header, if any (longer than 200
	 * characters: 400)
	 */
	public Flux<ServerSentEvent<?>> open(Jwt token, String lastEventId, StreamedEvents events) {
		Optional<String> resumeAfter = StreamResumption.lastEventId(lastEventId);
		// The place is taken when the response is written and given back however it
		// ends: completed at expiry, cancelled by the client, or failed.
		return Flux.using(() -> this.quota.acquire(token.getSubject()), (permit) -> Flux.defer(() -> {
			Sinks.One<Boolean> overflowed = Sinks.one();
			Runnable overflow = () -> overflowed.tryEmitValue(true);
			Flux<ServerSentEvent<?>> stream = resumeAfter.map((id) -> this.resumption.resume(id, events, overflow))
				.orElseGet(() -> this.resumption.fromNow(events, overflow));
			// Cut here, outside every queue: ends at once, without waiting for the
			// client to read what is buffered (it resumes from its last event id).
			return untilExpiry(token, withHeartbeats(stream)).takeUntilOther(overflowed.asMono());
		}), StreamQuota.Permit::release);
	}

	private Flux<ServerSentEvent<?>> untilExpiry(Jwt token, Flux<ServerSentEvent<?>> stream) {
		return Flux.defer(() -> {
			Instant now = this.clock.instant();
			Instant end = now.plus(this.properties.maxLifetime());
			if (token.getExpiresAt() != null && token.getExpiresAt().isBefore(end)) {
				end = token.getExpiresAt();
			}
			Duration left = Duration.between(now, end);
			// Completed, not failed: the client reconnects with a fresh token and
			// resumes.
			return (left.isNegative() || left.isZero()) ? Flux.empty() : stream.take(left);
		});
	}

	// Heartbeats nobody reads are dropped, and events pass one at a time (prefetch 1),
	// so the only buffer of a slow client is StreamResumption's.
	private Flux<ServerSentEvent<?>> withHeartbeats(Flux<ServerSentEvent<?>> events) {
		Duration interval = this.properties.heartbeat();
		Flux<ServerSentEvent<?>> heartbeats = Flux.interval(interval, interval)
			.onBackpressureDrop()
			.map((tick) -> HEARTBEAT);
		return Flux.concat(Mono.just(HEARTBEAT), Flux.merge(1, heartbeats, events));
	}

}
