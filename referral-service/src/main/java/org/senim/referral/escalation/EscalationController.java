package org.senim.referral.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.referral.audit.Actor;
import org.senim.referral.stream.LiveStreams;
import org.senim.referral.stream.StreamedEvents;
import org.senim.referral.system.InvalidQueryException;
import org.senim.referral.system.PageRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Escalated tips for police liaisons (POLICE_LIAISON). */
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

	static final String RAISED = "escalation.raised";

	static final String ACKNOWLEDGED = "escalation.acknowledged";

	private static final Set<EventType<?>> STREAMED = Set.of(EventType.ESCALATION_RAISED,
			EventType.ESCALATION_ACKNOWLEDGED);

	private final Escalations escalations;

	private final EscalationFeed feed;

	private final LiveStreams streams;

	private final TransactionalOperator transaction;

	EscalationController(Escalations escalations, EscalationFeed feed, LiveStreams streams,
			TransactionalOperator transaction) {
		this.escalations = escalations;
		this.feed = feed;
		this.streams = streams;
		this.transaction = transaction;
	}

	/**
	 * A page of the escalations, newest first, all or only those {@code RAISED} or
	 * {@code ACKNOWLEDGED} ({@link PageRequest}: a JSON array, the next page in a
	 * {@code Link} header).
	 */
	@GetMapping
	Mono<ResponseEntity<List<Escalation>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String size, @RequestParam(required = false) String cursor,
			ServerHttpRequest request) {
		Escalation.Status wanted = parseStatus(status);
		PageRequest page = PageRequest.of(size, cursor);
		return this.escalations.recent(wanted, page).map((found) -> found.toResponse(request, page));
	}

	@PostMapping("/{id}/acknowledge")
	Mono<Escalation> acknowledge(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		return this.transaction
			.transactional(this.escalations.acknowledge(id, Actor.of(token, "POLICE_LIAISON"), Instant.now()));
	}

	/**
	 * {@code escalation.raised} and {@code escalation.acknowledged} as server-sent
	 * events, after a heartbeat comment at once and then periodically; with
	 * {@code Last-Event-ID} those missed since then first; bounded like every live stream
	 * ({@link LiveStreams}: it ends when the token expires).
	 */
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<?>> stream(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		return this.streams.open(token, lastEventId, new StreamedEvents(STREAMED, EscalationController::streamed,
				this.feed.events().filter(EscalationController::streamed), EscalationController::sse));
	}

	private static Escalation.Status parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return Escalation.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException("status", "must be one of "
					+ Arrays.stream(Escalation.Status.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	private static boolean streamed(SenimEvent<?> event) {
		return STREAMED.contains(event.type());
	}

	private static Mono<ServerSentEvent<?>> sse(SenimEvent<?> event) {
		String name = EventType.ESCALATION_RAISED.equals(event.type()) ? RAISED : ACKNOWLEDGED;
		return Mono.just(ServerSentEvent.<Object>builder(event.data()).event(name).id(event.id()).build());
	}

}
