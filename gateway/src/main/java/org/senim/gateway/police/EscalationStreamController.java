package org.senim.gateway.police;

import java.util.Set;

import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens;
import org.senim.gateway.console.StreamRelay;

/**
 * {@code /police/stream}: the referral-service's escalation stream, relayed with the
 * token from the liaison's session (the browser never holds one). The browser's
 * {@code Last-Event-ID} is passed on, so a reconnect resumes without loss; the stream
 * ends after {@code streamLifetime} or when the service goes away, and the browser
 * reconnects by itself.
 */
@RestController
class EscalationStreamController {

	/** The events the console shows; anything else on the stream is not relayed. */
	static final Set<String> RELAYED = Set.of("escalation.raised", "escalation.acknowledged");

	private final StreamRelay relay;

	private final EscalationClient escalations;

	EscalationStreamController(ConsoleTokens tokens, EscalationClient escalations, PoliceProperties properties) {
		this.relay = new StreamRelay(tokens, RELAYED, properties.streamLifetime());
		this.escalations = escalations;
	}

	@GetMapping(path = "/police/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			ServerWebExchange exchange) {
		return this.relay.relay(exchange, lastEventId, this.escalations::events);
	}

}
