package org.senim.referral.stream;

import java.util.Set;
import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.referral.offer.Caller;
import org.senim.referral.offer.ReferralProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers to the caller's organization and the answers to them as server-sent events: a
 * heartbeat comment at once and then periodically, and {@code referral.offered} /
 * {@code referral.updated} / {@code tipster.message} events with the CloudEvent id as SSE
 * id; their sealed free text opened ({@link OpenedText}). With {@code Last-Event-ID} the
 * events missed since then are replayed first ({@link StreamResumption}).
 */
@RestController
class ReferralStreamController {

	static final String OFFERED = "referral.offered";

	static final String UPDATED = "referral.updated";

	static final String TIPSTER_MESSAGE = "tipster.message";

	private static final Set<EventType<?>> STREAMED = Set.of(EventType.REFERRAL_OFFERED, EventType.REFERRAL_UPDATED,
			EventType.REFERRAL_MESSAGE_RECEIVED);

	private final OfferFeed feed;

	private final StreamResumption resumption;

	private final ReferralProperties properties;

	private final OpenedText opened;

	ReferralStreamController(OfferFeed feed, StreamResumption resumption, ReferralProperties properties,
			OpenedText opened) {
		this.feed = feed;
		this.opened = opened;
		this.resumption = resumption;
		this.properties = properties;
	}

	@GetMapping(path = "/api/referrals/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<?>> stream(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		UUID organizationId = Caller.of(token).organizationId();
		Flux<SenimEvent<?>> live = this.feed.eventsFor(organizationId);
		Flux<ServerSentEvent<?>> events = StreamResumption.lastEventId(lastEventId)
			.map((id) -> this.resumption.resume(id, STREAMED, (event) -> OfferFeed.concerns(event, organizationId),
					live, this::sse))
			.orElseGet(() -> this.resumption.fromNow(live, this::sse));
		return StreamResumption.withHeartbeats(events, this.properties.stream().heartbeat());
	}

	private Mono<ServerSentEvent<?>> sse(SenimEvent<?> event) {
		return this.opened.dataOf(event)
			.map((data) -> ServerSentEvent.<Object>builder(data).event(nameOf(event)).id(event.id()).build());
	}

	// The SSE event name is the CloudEvent type without prefix and version; a forwarded
	// message is named for what the case worker sees.
	private static String nameOf(SenimEvent<?> event) {
		if (event.type() == EventType.REFERRAL_UPDATED) {
			return UPDATED;
		}
		return (event.type() == EventType.REFERRAL_MESSAGE_RECEIVED) ? TIPSTER_MESSAGE : OFFERED;
	}

}
