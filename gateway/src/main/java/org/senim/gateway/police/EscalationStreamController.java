package org.senim.gateway.police;

import java.time.Duration;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens;

/**
 * {@code /police/stream}: the referral-service's escalation stream, relayed with the
 * token from the liaison's session (the browser never holds one). The browser's
 * {@code Last-Event-ID} is passed on, so a reconnect resumes without loss; the stream
 * ends after {@code streamLifetime} or when the service goes away, and the browser
 * reconnects by itself.
 */
@RestController
class EscalationStreamController {

	private static final Log logger = LogFactory.getLog(EscalationStreamController.class);

	/** The events the console shows; anything else on the stream is not relayed. */
	static final Set<String> RELAYED = Set.of("escalation.raised", "escalation.acknowledged");

	/**
	 * The referral-service refuses longer ids; a longer one is dropped, not forwarded.
	 */
	private static final int MAX_EVENT_ID = 200;

	/** How soon the browser reconnects after the stream ends. */
	private static final Duration RECONNECT = Duration.ofSeconds(3);

	private final ConsoleTokens tokens;

	private final EscalationClient escalations;

	private final PoliceProperties properties;

	EscalationStreamController(ConsoleTokens tokens, EscalationClient escalations, PoliceProperties properties) {
		this.tokens = tokens;
		this.escalations = escalations;
		this.properties = properties;
	}

	@GetMapping(path = "/police/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			ServerWebExchange exchange) {
		String resumeAfter = (lastEventId != null && !lastEventId.isBlank() && lastEventId.length() <= MAX_EVENT_ID)
				? lastEventId.strip() : null;
		ServerSentEvent<String> opening = ServerSentEvent.<String>builder()
			.retry(RECONNECT)
			.comment("connected")
			.build();
		return this.tokens.accessToken(exchange)
			.flatMapMany((token) -> this.escalations.events(token, resumeAfter))
			.filter((event) -> event.event() == null || RELAYED.contains(event.event()))
			.map(EscalationStreamController::relayed)
			.startWith(opening)
			.take(this.properties.streamLifetime())
			.onErrorResume(WebClientException.class, (ex) -> {
				// The browser reconnects with its last id: nothing is lost.
				logger.debug("The escalation stream ended: " + ex.getMessage());
				return Flux.empty();
			});
	}

	private static ServerSentEvent<String> relayed(ServerSentEvent<String> event) {
		if (event.event() == null) {
			return ServerSentEvent.<String>builder().comment("heartbeat").build();
		}
		return ServerSentEvent.builder(event.data()).id(event.id()).event(event.event()).build();
	}

}
