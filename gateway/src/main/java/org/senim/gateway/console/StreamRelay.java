package org.senim.gateway.console;

import java.time.Duration;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.ServerWebExchange;

/**
 * A console's live stream: the service's server-sent events relayed with the token from
 * the signed-in person's session (the browser never holds one). The browser's
 * {@code Last-Event-ID} is passed on, so a reconnect resumes without loss; so is a
 * service's resume mark (an {@code id} without data, which sets the browser's last id
 * before any event arrived). Heartbeats stay heartbeats; events of other names are not
 * relayed. The stream ends after its lifetime or when the service goes away, and the
 * browser reconnects by itself.
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
	 * @param lifetime how long one stream stays open (the session and token are checked
	 * again on the browser's reconnect)
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
		ServerSentEvent<String> opening = ServerSentEvent.<String>builder()
			.retry(RECONNECT)
			.comment("connected")
			.build();
		return this.tokens.accessToken(exchange)
			.flatMapMany((token) -> events.apply(token, resumeAfter))
			.filter((event) -> event.event() == null || this.relayed.contains(event.event()))
			.map(StreamRelay::relayed)
			.startWith(opening)
			.take(this.lifetime)
			.onErrorResume(WebClientException.class, (ex) -> {
				// The browser reconnects with its last id: nothing is lost.
				logger.debug("A console's live stream ended: " + ex.getMessage());
				return Flux.empty();
			});
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
