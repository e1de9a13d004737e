package org.senim.referral.stream;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.senim.referral.offer.Caller;
import org.senim.referral.offer.OfferHistory;
import org.senim.referral.offer.ReferralProperties;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/**
 * Live offers for the caller's organization as server-sent events: a heartbeat comment at
 * once and then periodically, and {@code referral.offered} events with the CloudEvent id
 * as SSE id.
 */
@RestController
class ReferralStreamController {

	static final String OFFERED = "referral.offered";

	static final String UPDATED = "referral.updated";

	private static final int MAX_EVENT_ID_LENGTH = 200;

	private final OfferFeed feed;

	private final OfferHistory history;

	private final ReferralProperties properties;

	ReferralStreamController(OfferFeed feed, OfferHistory history, ReferralProperties properties) {
		this.feed = feed;
		this.history = history;
		this.properties = properties;
	}

	@GetMapping(path = "/api/referrals/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<?>> stream(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		Caller caller = Caller.of(token);
		Flux<SenimEvent<?>> events = (lastEventId == null || lastEventId.isBlank())
				? this.feed.eventsFor(caller.organizationId())
				: resumed(caller.organizationId(), validEventId(lastEventId.strip()));
		return Flux.merge(heartbeats(), events.map(ReferralStreamController::sse));
	}

	/**
	 * Offers missed since the last event the client saw, then live events. Live events
	 * are buffered from the start so none falls between the replay and the live feed;
	 * those already replayed are dropped.
	 */
	private Flux<SenimEvent<?>> resumed(UUID organizationId, String lastEventId) {
		return Flux.defer(() -> {
			Sinks.Many<SenimEvent<?>> pending = Sinks.many().unicast().onBackpressureBuffer();
			Disposable live = this.feed.eventsFor(organizationId).subscribe(pending::tryEmitNext);
			Set<String> replayed = ConcurrentHashMap.newKeySet();
			Flux<SenimEvent<?>> missed = this.history.offeredAfter(organizationId, lastEventId)
				.<SenimEvent<?>>map((event) -> event)
				.doOnNext((event) -> replayed.add(event.id()));
			return Flux.concat(missed, pending.asFlux().filter((event) -> !replayed.contains(event.id())))
				.doFinally((signal) -> live.dispose());
		});
	}

	private static String validEventId(String lastEventId) {
		if (lastEventId.length() > MAX_EVENT_ID_LENGTH) {
			throw new ServerWebInputException("Last-Event-ID is longer than " + MAX_EVENT_ID_LENGTH + " characters");
		}
		return lastEventId;
	}

	private static ServerSentEvent<?> sse(SenimEvent<?> event) {
		return ServerSentEvent.<Object>builder(event.data()).event(nameOf(event)).id(event.id()).build();
	}

	// The SSE event name is the CloudEvent type without prefix and version.
	private static String nameOf(SenimEvent<?> event) {
		return (event.type() == EventType.REFERRAL_UPDATED) ? UPDATED : OFFERED;
	}

	private Flux<ServerSentEvent<?>> heartbeats() {
		return Flux.interval(java.time.Duration.ZERO, this.properties.stream().heartbeat())
			.map((tick) -> ServerSentEvent.builder().comment("heartbeat").build());
	}

}
