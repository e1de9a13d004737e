package org.senim.referral.stream;

import java.util.Set;
import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.referral.offer.Caller;
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
 * events missed since then are replayed first ({@link StreamResumption}); the stream ends
 * when the caller's token expires ({@link LiveStreams}).
 */
@RestController
class ReferralStreamController {

	static final String OFFERED = "referral.offered";

	static final String UPDATED = "referral.updated";

	static final String TIPSTER_MESSAGE = "tipster.message";

	private static final Set<EventType<?>> STREAMED = Set.of(EventType.REFERRAL_OFFERED, EventType.REFERRAL_UPDATED,
			EventType.REFERRAL_MESSAGE_RECEIVED);

	private final OfferFeed feed;

	private final LiveStreams streams;

	private final OpenedText opened;

	ReferralStreamController(OfferFeed feed, LiveStreams streams, OpenedText opened) {
		this.feed = feed;
		this.streams = streams;
		this.opened = opened;
	}

	@GetMapping(path = "/api/referrals/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<?>> stream(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		UUID organizationId = Caller.of(token).organizationId();
		return this.streams.open(token, lastEventId, new StreamedEvents(STREAMED,
				(event) -> OfferFeed.concerns(event, organizationId), this.feed.eventsFor(organizationId), this::sse));
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
