package org.senim.gateway.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import org.senim.gateway.console.ConsoleTokens.SessionLapsedException;

/**
 * A console's live stream: the service's server-sent events relayed with the token from
 * the signed-in person's session (the browser never holds one). The browser's
 * {@code Last-Event-ID} is passed on, so a reconnect resumes without loss; so is a
 * service's resume mark (an {@code id} without data, which sets the browser's last id
 * before any event arrived). Heartbeats stay heartbeats; events of other names are not
 * relayed.
 *
 * <p>
 * The stream ends after its lifetime, when the token it was opened with expires (the
 * service ends its own stream then too), or when the service goes away; the browser
 * reconnects by itself with its last id, and the relay opens the service's stream again
 * with the session's token, refreshed once it is about to expire. The token is taken
 * before the response starts, so a refreshed one is kept in the session and a lapsed
 * session is a 401 (the script says to reload). A service refusing one stream too many
 * (429) tells the browser to wait its {@code Retry-After} before reconnecting.
 */
public final class StreamRelay {

	private static final Log logger = LogFactory.getLog(StreamRelay.class);

	/** The services refuse longer ids; a longer one is dropped, not forwarded. */
	private static final int MAX_EVENT_ID = 200;

	/** How soon the browser reconnects after the stream ends. */
	private static final Duration RECONNECT = Duration.ofSeconds(3);

	private final ConsoleTokens tokens;

	private final Set<String> relayed;

	private final Duration lifetime;

	/**
	 * @param relayed the event names the console shows
	 * @param lifetime how long one stream stays open at most (the session and token are
	 * checked again on the browser's reconnect)
	 */
	public StreamRelay(ConsoleTokens tokens, Set<String> relayed, Duration lifetime) {
		this.tokens = tokens;
		this.relayed = Set.copyOf(relayed);
		this.lifetime = lifetime;
	}

	/**
	 * @param events the service's stream for a token, resumed after an event id
	 * ({@code null}: from now)
	 */
	public Flux<ServerSentEvent<String>> relay(ServerWebExchange exchange, String lastEventId,
			BiFunction<String, String, Flux<ServerSentEvent<String>>> events) {
		String resumeAfter = (lastEventId != null && !lastEventId.isBlank() && lastEventId.length() <= MAX_EVENT_ID)
				? lastEventId.strip() : null;
		return this.tokens.current(exchange)
			.flatMapMany((token) -> relayed(events.apply(token.getTokenValue(), resumeAfter)).take(lifetimeOf(token)))
			.onErrorResume(SessionLapsedException.class, (ex) -> lapsed(exchange));
	}

	private Flux<ServerSentEvent<String>> relayed(Flux<ServerSentEvent<String>> service) {
		ServerSentEvent<String> opening = ServerSentEvent.<String>builder()
			.retry(RECONNECT)
			.comment("connected")
			.build();
		return service.filter((event) -> event.event() == null || this.relayed.contains(event.event()))
			.map(StreamRelay::relayed)
			// Opened once the service answered: its refusal of the token is the session's
			// end, not an empty stream the browser would reopen every few seconds.
			.switchOnFirst((first, stream) -> first.hasValue() ? stream.startWith(opening) : stream)
			.onErrorMap(WebClientResponseException.Unauthorized.class, (ex) -> new SessionLapsedException())
			.onErrorResume(WebClientResponseException.TooManyRequests.class, (ex) -> Flux.just(busy(ex)))
			.onErrorResume((ex) -> ex instanceof WebClientException, (ex) -> {
				// The browser reconnects with its last id: nothing is lost. Told when,
				// also when the service was away before it sent anything.
				logger.debug("A console's live stream ended: " + ex.getMessage());
				return Flux.just(ServerSentEvent.<String>builder().retry(RECONNECT).comment("unavailable").build());
			});
	}

	// Never longer than the token lives: the stream ends with it and the reconnect takes
	// a fresh one from the session.
	private Duration lifetimeOf(OAuth2AccessToken token) {
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt == null) {
			return this.lifetime;
		}
		Duration left = Duration.between(Instant.now(), expiresAt);
		if (left.isNegative() || left.isZero()) {
			throw new SessionLapsedException();
		}
		return (left.compareTo(this.lifetime) < 0) ? left : this.lifetime;
	}

	private static Mono<ServerSentEvent<String>> lapsed(ServerWebExchange exchange) {
		return exchange.getSession()
			.flatMap(WebSession::invalidate)
			.then(Mono.<ServerSentEvent<String>>fromRunnable(() -> {
				if (!exchange.getResponse().isCommitted()) {
					exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
				}
			}));
	}

	// The service's place for this person is taken: the browser waits as long as it says.
	private static ServerSentEvent<String> busy(WebClientResponseException ex) {
		Duration wait = RECONNECT;
		try {
			String retryAfter = ex.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
			if (retryAfter != null) {
				wait = Duration.ofSeconds(Math.max(1, Math.min(300, Long.parseLong(retryAfter.strip()))));
			}
		}
		catch (NumberFormatException ignored) {
			// An HTTP date or garbage: the usual wait.
		}
		return ServerSentEvent.<String>builder().retry(wait).comment("busy").build();
	}

	private static ServerSentEvent<String> relayed(ServerSentEvent<String> event) {
		if (event.event() == null && event.data() == null && event.id() != null) {
			return ServerSentEvent.<String>builder().id(event.id()).build();
		}
		if (event.event() == null) {
			return ServerSentEvent.<String>builder().comment("heartbeat").build();
		}
		return ServerSentEvent.builder(event.data()).id(event.id()).event(event.event()).build();
	}

}
