package org.senim.referral.offer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.CaseworkerMessageSent;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.contracts.events.TipStatusChanged.TipStatus;
import org.senim.referral.alert.UnacceptedAlerts;
import org.senim.referral.audit.Actor;
import org.senim.referral.audit.AuditAction;
import org.senim.referral.audit.AuditTrail;
import org.senim.referral.audit.AuditTrail.ObjectType;
import org.senim.referral.datakey.ReportKeys;
import org.senim.referral.outbox.Outbox;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * What an organization does with a referral, only with its own: accept or decline an
 * offer, close an accepted case, write to the tipster. Each change of status, its
 * {@code referral.updated} event (its reason sealed under the report's data key), the
 * tip's {@code referral.status-changed} and the audit row commit in one transaction,
 * events through the outbox.
 * <ul>
 * <li>{@code OFFERED → ACCEPTED}: the report's other standing offers become
 * {@code WITHDRAWN} and its unaccepted alert, if any, is resolved;</li>
 * <li>{@code OFFERED → DECLINED}: once no offer of the report stands, it is re-routed to
 * the next tier;</li>
 * <li>{@code ACCEPTED → CLOSED} with an outcome.</li>
 * </ul>
 */
@Component
class ReferralDecisions {

	static final String WITHDRAWN_REASON = "Another organization accepted the tip.";

	private final ReferralRepository referrals;

	private final Outbox outbox;

	private final TipStatusEvents tipStatus;

	private final Rerouting rerouting;

	private final AuditTrail audit;

	private final Conversation conversation;

	private final TransactionalOperator transaction;

	private final ReferralProperties properties;

	private final UnacceptedAlerts alerts;

	private final ReportKeys keys;

	ReferralDecisions(ReferralRepository referrals, Outbox outbox, TipStatusEvents tipStatus, Rerouting rerouting,
			AuditTrail audit, Conversation conversation, TransactionalOperator transaction,
			ReferralProperties properties, UnacceptedAlerts alerts, ReportKeys keys) {
		this.referrals = referrals;
		this.keys = keys;
		this.outbox = outbox;
		this.tipStatus = tipStatus;
		this.rerouting = rerouting;
		this.audit = audit;
		this.conversation = conversation;
		this.transaction = transaction;
		this.properties = properties;
		this.alerts = alerts;
	}

	Mono<Referral> accept(UUID id, Caller caller, Actor actor) {
		Instant now = Instant.now();
		Mono<Referral> accepted = change(id, caller, actor, ReferralStatus.OFFERED, ReferralUpdated.Status.ACCEPTED,
				null, now)
			.flatMap((referral) -> withdrawOthers(referral, now).then(this.alerts.resolve(referral.reportId(), now))
				.then(this.tipStatus.changed(referral.reportId(), TipStatus.ACCEPTED, now))
				.thenReturn(referral));
		return this.transaction.transactional(accepted);
	}

	Mono<Referral> decline(UUID id, Caller caller, Actor actor, String reason) {
		Instant now = Instant.now();
		Mono<Referral> declined = change(id, caller, actor, ReferralStatus.OFFERED, ReferralUpdated.Status.DECLINED,
				reason, now)
			.flatMap((referral) -> this.rerouting.rerouteIfNoneStands(referral, Rerouting.ALL_DECLINED, now)
				.thenReturn(referral));
		return this.transaction.transactional(declined);
	}

	Mono<Referral> close(UUID id, Caller caller, Actor actor, String outcome) {
		Instant now = Instant.now();
		Mono<Referral> closed = change(id, caller, actor, ReferralStatus.ACCEPTED, ReferralUpdated.Status.CLOSED,
				outcome, now)
			.flatMap((referral) -> this.tipStatus.changed(referral.reportId(), TipStatus.CLOSED, now)
				.thenReturn(referral));
		return this.transaction.transactional(closed);
	}

	/**
	 * Sends a case worker's message to the tipster's mailbox and adds it to the tip's
	 * conversation; only the organization that accepted the tip (and has not closed it)
	 * may.
	 */
	Mono<MessageSent> message(UUID id, Caller caller, Actor actor, String text) {
		Instant now = Instant.now();
		Mono<MessageSent> sent = ownReferral(id, caller).flatMap((referral) -> {
			if (referral.status() != ReferralStatus.ACCEPTED) {
				return Mono.error(new ReferralConflictException(id, referral.status()));
			}
			UUID messageId = UUID.randomUUID();
			return sealed(referral, referral.reportId(), EventType.CASEWORKER_MESSAGE, "text", text)
				.map((sealed) -> SenimEvent.of(EventType.CASEWORKER_MESSAGE, this.properties.source(),
						referral.reportId().toString(),
						new CaseworkerMessageSent(messageId, referral.reportId(), sealed, now)))
				.flatMap((event) -> this.outbox.append(Topics.REFERRALS_STATUS, referral.reportId().toString(), event))
				.then(this.conversation.caseworkerWrote(referral, messageId, text, now))
				.then(this.audit.record(actor, AuditAction.MESSAGED, ObjectType.REFERRAL, id, now))
				.thenReturn(new MessageSent(messageId, id, now));
		});
		return this.transaction.transactional(sent);
	}

	private Mono<Referral> change(UUID id, Caller caller, Actor actor, ReferralStatus from, ReferralUpdated.Status to,
			String reason, Instant now) {
		ReferralStatus next = ReferralStatus.valueOf(to.name());
		return ownReferral(id, caller)
			.flatMap((referral) -> this.referrals.lockCase(referral.reportId()).thenReturn(referral))
			.flatMap((referral) -> this.referrals.changeStatus(id, from, next, reason, now)
				.flatMap((changed) -> changed ? Mono.just(referral)
						: Mono.error(new ReferralConflictException(id, referral.status()))))
			.flatMap((referral) -> updated(referral, to, reason, now)
				.flatMap((event) -> this.outbox.append(Topics.referralsOf(referral.city()), id.toString(), event))
				.then(this.audit.record(actor, AuditAction.valueOf(to.name()), ObjectType.REFERRAL, id, now))
				.thenReturn(referral.withStatus(next)));
	}

	private Flux<Void> withdrawOthers(Referral accepted, Instant now) {
		return this.referrals.findByReport(accepted.reportId())
			.filter((other) -> other.status() == ReferralStatus.OFFERED && !other.id().equals(accepted.id()))
			.concatMap((other) -> this.referrals
				.changeStatus(other.id(), ReferralStatus.OFFERED, ReferralStatus.WITHDRAWN, WITHDRAWN_REASON, now)
				.filter(Boolean::booleanValue)
				.flatMap((changed) -> updated(other, ReferralUpdated.Status.WITHDRAWN, WITHDRAWN_REASON, now))
				.flatMap(
						(event) -> this.outbox.append(Topics.referralsOf(other.city()), other.id().toString(), event)));
	}

	// Another organization's referral is not found, so its ids reveal nothing.
	private Mono<Referral> ownReferral(UUID id, Caller caller) {
		return this.referrals.findById(id)
			.filter((referral) -> caller.organizationId().equals(referral.organizationId()))
			.switchIfEmpty(Mono.error(() -> new ReferralNotFoundException(id)));
	}

	// The reason sealed under the report's data key; an acceptance has none.
	private Mono<SenimEvent<ReferralUpdated>> updated(Referral referral, ReferralUpdated.Status status, String reason,
			Instant now) {
		Mono<Optional<EncryptedText>> sealed = (reason != null)
				? sealed(referral, referral.id(), EventType.REFERRAL_UPDATED, "reason", reason).map(Optional::of)
				: Mono.just(Optional.empty());
		return sealed
			.map((text) -> new ReferralUpdated(referral.id(), referral.reportId(), referral.city(),
					referral.organizationId(), status, text.orElse(null), now))
			.map((data) -> SenimEvent.of(EventType.REFERRAL_UPDATED, this.properties.source(), referral.id().toString(),
					data));
	}

	// No key left: the report expired meanwhile and the referral goes with it.
	private Mono<EncryptedText> sealed(Referral referral, UUID recordId, EventType<?> type, String field, String text) {
		return this.keys.sealOrFail(referral.reportId(), recordId, type, field, text,
				() -> new ReferralNotFoundException(referral.id()));
	}

}
