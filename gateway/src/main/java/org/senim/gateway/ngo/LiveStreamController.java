package org.senim.gateway.ngo;

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
 * {@code /ngo/stream}: the worker's live stream of the referral-service, relayed with the
 * token from her session (the browser never holds one). The browser's
 * {@code Last-Event-ID} is passed on, so a reconnect resumes without loss; the stream
 * ends after {@code streamLifetime} or when the service goes away, and the browser
 * reconnects by itself.
 */
@RestController
class LiveStreamController {

	/** The events the dashboard shows; anything else on the stream is not relayed. */
	static final Set<String> RELAYED = Set.of("referral.offered", "referral.updated", "tipster.message");

	private final StreamRelay relay;

	private final ReferralClient referrals;

	LiveStreamController(ConsoleTokens tokens, ReferralClient referrals, DashboardProperties properties) {
		this.relay = new StreamRelay(tokens, RELAYED, properties.streamLifetime());
		this.referrals = referrals;
	}

	@GetMapping(path = "/ngo/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			ServerWebExchange exchange) {
		return this.relay.relay(exchange, lastEventId, this.referrals::events);
	}

}
