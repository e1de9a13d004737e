package org.senim.referral.offer;

import java.time.Instant;
import java.util.UUID;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.referral.outbox.Outbox;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * An organization's answer to an offer: {@code OFFERED → ACCEPTED} or
 * {@code OFFERED → DECLINED}, only by the organization it was offered to. The new status
 * and a {@code referral.updated} event in the outbox commit together.
 */
@Component
class ReferralDecisions {

	private final ReferralRepository referrals;

	private final Outbox outbox;

	private final TransactionalOperator transaction;

	private final ReferralProperties properties;

	ReferralDecisions(ReferralRepository referrals, Outbox outbox, TransactionalOperator transaction,
			ReferralProperties properties) {
		this.referrals = referrals;
		this.outbox = outbox;
		this.transaction = transaction;
		this.properties = properties;
	}

	Mono<Referral> accept(UUID id, Caller caller) {
		return decide(id, caller, ReferralUpdated.Status.ACCEPTED, null);
	}

	Mono<Referral> decline(UUID id, Caller caller, String reason) {
		return decide(id, caller, ReferralUpdated.Status.DECLINED, reason);
	}

	private Mono<Referral> decide(UUID id, Caller caller, ReferralUpdated.Status decision, String reason) {
		ReferralStatus next = ReferralStatus.valueOf(decision.name());
		Instant now = Instant.now();
		Mono<Referral> decided = ownReferral(id, caller)
			.flatMap((referral) -> this.referrals.changeStatus(id, ReferralStatus.OFFERED, next, reason, now)
				.flatMap((changed) -> changed ? Mono.just(referral)
						: Mono.error(new ReferralConflictException(id, referral.status()))))
			.flatMap((referral) -> this.outbox
				.append(Topics.referralsOf(referral.city()), id.toString(), updated(referral, decision, reason, now))
				.thenReturn(referral.withStatus(next)));
		return this.transaction.transactional(decided);
	}

	// Another organization's referral is not found, so its ids reveal nothing.
	private Mono<Referral> ownReferral(UUID id, Caller caller) {
		return this.referrals.findById(id)
			.filter((referral) -> caller.organizationId().equals(referral.organizationId()))
			.switchIfEmpty(Mono.error(() -> new ReferralNotFoundException(id)));
	}

	private SenimEvent<ReferralUpdated> updated(Referral referral, ReferralUpdated.Status decision, String reason,
			Instant now) {
		ReferralUpdated data = new ReferralUpdated(referral.id(), referral.reportId(), referral.city(),
				referral.organizationId(), decision, reason, now);
		return SenimEvent.of(EventType.REFERRAL_UPDATED, this.properties.source(), referral.id().toString(), data);
	}

}
