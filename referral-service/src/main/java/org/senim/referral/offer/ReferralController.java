package org.senim.referral.offer;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.senim.referral.audit.Actor;
import org.senim.referral.audit.AuditAction;
import org.senim.referral.audit.AuditTrail;
import org.senim.referral.audit.AuditTrail.ObjectType;
import org.senim.referral.system.InvalidQueryException;
import org.senim.referral.system.PageCursor;
import org.senim.referral.system.PageRequest;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals offered to the caller's organization and its answers to them (NGO_WORKER).
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

	private final ReferralRepository referrals;

	private final ReferralDecisions decisions;

	private final AuditTrail audit;

	private final Conversation conversation;

	private final TransactionalOperator transaction;

	ReferralController(ReferralRepository referrals, ReferralDecisions decisions, AuditTrail audit,
			Conversation conversation, TransactionalOperator transaction) {
		this.referrals = referrals;
		this.decisions = decisions;
		this.audit = audit;
		this.conversation = conversation;
		this.transaction = transaction;
	}

	/**
	 * A page of the organization's referrals, newest first ({@link PageRequest}: a JSON
	 * array, the next page in a {@code Link} header).
	 */
	@GetMapping
	Mono<ResponseEntity<List<Referral>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String size, @RequestParam(required = false) String cursor,
			@AuthenticationPrincipal Jwt token, ServerHttpRequest request) {
		Caller caller = Caller.of(token);
		ReferralStatus wanted = parseStatus(status);
		PageRequest page = PageRequest.of(size, cursor);
		return this.referrals.findByOrganization(caller.organizationId(), wanted, page)
			.collectList()
			.map((found) -> page.page(found, (referral) -> new PageCursor(referral.offeredAt(), referral.id()))
				.toResponse(request, page));
	}

	/** Audited: each view is a row of the audit trail, in the transaction of the read. */
	@GetMapping("/{id}")
	Mono<Referral> get(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		Caller caller = Caller.of(token);
		Mono<Referral> viewed = this.referrals.findById(id)
			.filter((referral) -> caller.organizationId().equals(referral.organizationId()))
			.switchIfEmpty(Mono.error(() -> new ReferralNotFoundException(id)))
			.flatMap((referral) -> this.audit
				.record(actor(token), AuditAction.VIEWED, ObjectType.REFERRAL, id, Instant.now())
				.thenReturn(referral));
		return this.transaction.transactional(viewed);
	}

	@PostMapping("/{id}/accept")
	Mono<Referral> accept(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		return this.decisions.accept(id, Caller.of(token), actor(token));
	}

	@PostMapping("/{id}/decline")
	Mono<Referral> decline(@PathVariable UUID id, @Valid @RequestBody DeclineRequest request,
			@AuthenticationPrincipal Jwt token) {
		return this.decisions.decline(id, Caller.of(token), actor(token), request.reason().strip());
	}

	@PostMapping("/{id}/close")
	Mono<Referral> close(@PathVariable UUID id, @Valid @RequestBody CloseRequest request,
			@AuthenticationPrincipal Jwt token) {
		return this.decisions.close(id, Caller.of(token), actor(token), request.outcome().strip());
	}

	/** Queued for the tipster's mailbox: 202 with the message id. */
	@PostMapping("/{id}/messages")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<MessageSent> message(@PathVariable UUID id, @Valid @RequestBody MessageRequest request,
			@AuthenticationPrincipal Jwt token) {
		return this.decisions.message(id, Caller.of(token), actor(token), request.text().strip());
	}

	/**
	 * The whole conversation with the tipster, both directions, oldest first; audited
	 * like a view of the referral.
	 */
	@GetMapping("/{id}/messages")
	Mono<List<ConversationMessage>> messages(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		return this.conversation.thread(id, Caller.of(token), actor(token));
	}

	private static Actor actor(Jwt token) {
		return Actor.of(token, "NGO_WORKER");
	}

	private static ReferralStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ReferralStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException("status", "must be one of "
					+ Arrays.stream(ReferralStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

}
