package org.senim.referral.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.events.EscalationAcknowledged;
import org.senim.contracts.events.EscalationRaised;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.audit.Actor;
import org.senim.referral.audit.AuditAction;
import org.senim.referral.audit.AuditTrail;
import org.senim.referral.audit.AuditTrail.ObjectType;
import org.senim.referral.offer.ReferralProperties;
import org.senim.referral.offer.TipAnswers;
import org.senim.referral.outbox.Outbox;
import org.senim.referral.system.Page;
import org.senim.referral.system.PageCursor;
import org.senim.referral.system.PageRequest;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies the {@link EscalationPolicy} to a tip in the caller's transaction: the decision
 * is stored with its reasons whatever it is; an escalation also gets its row and an
 * {@code escalation.raised} on {@code escalations.police} through the outbox.
 */
@Component
public class Escalations {

	private final EscalationPolicy policy;

	private final EscalationRepository repository;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final ReferralProperties properties;

	Escalations(EscalationPolicy policy, EscalationRepository repository, Outbox outbox, AuditTrail audit,
			ReferralProperties properties) {
		this.policy = policy;
		this.repository = repository;
		this.outbox = outbox;
		this.audit = audit;
		this.properties = properties;
	}

	/** Decides on the tip; joins the caller's transaction. */
	public Mono<EscalationDecision> decide(ReportSubmitted report, Priority priority, String summary, Instant now) {
		EscalationDecision decision = this.policy.decide(report);
		if (!decision.escalate()) {
			return this.repository.insertDecision(report.reportId(), decision, null, now).thenReturn(decision);
		}
		Escalation escalation = new Escalation(UUID.randomUUID(), report.reportId(), report.city(), priority,
				TipAnswers.of(report), summary, decision.reasons(), Escalation.Status.RAISED, now, null);
		SenimEvent<EscalationRaised> raised = SenimEvent.of(EventType.ESCALATION_RAISED, this.properties.source(),
				escalation.id().toString(), escalation.raised());
		return this.repository.insertDecision(report.reportId(), decision, escalation.id(), now)
			.then(this.repository.insert(escalation))
			.then(this.outbox.append(Topics.ESCALATIONS_POLICE, escalation.id().toString(), raised))
			.then(this.audit.record(Actor.ESCALATION_POLICY, AuditAction.ESCALATED, ObjectType.ESCALATION,
					escalation.id(), now))
			.thenReturn(decision);
	}

	/**
	 * Whether the tip was decided on. Every routed tip was, and the decision outlives the
	 * tip's purge on expiry, so a tip decided on but without its case has expired.
	 */
	public Mono<Boolean> decided(UUID reportId) {
		return this.repository.findDecision(reportId).hasElement();
	}

	/**
	 * RAISED → ACKNOWLEDGED with {@code escalation.acknowledged}; joins the caller's
	 * transaction.
	 */
	Mono<Escalation> acknowledge(UUID id, Actor actor, Instant now) {
		return this.repository.findById(id)
			.switchIfEmpty(Mono.error(() -> new EscalationNotFoundException(id)))
			.flatMap((escalation) -> this.repository.acknowledge(id, now)
				.flatMap((changed) -> changed ? Mono.just(escalation)
						: Mono.error(new EscalationAcknowledgedException(id))))
			.flatMap((escalation) -> this.outbox
				.append(Topics.ESCALATIONS_POLICE, id.toString(),
						SenimEvent.of(EventType.ESCALATION_ACKNOWLEDGED, this.properties.source(), id.toString(),
								new EscalationAcknowledged(id, escalation.reportId(), now)))
				.then(this.audit.record(actor, AuditAction.ACKNOWLEDGED, ObjectType.ESCALATION, id, now))
				.thenReturn(escalation.acknowledgedAt(now)));
	}

	/** A page of the escalations, newest first. */
	Mono<Page<Escalation>> recent(Escalation.Status status, PageRequest page) {
		return this.repository.findRecent(status, page)
			.collectList()
			.map((found) -> page.page(found, (escalation) -> new PageCursor(escalation.raisedAt(), escalation.id())));
	}

}
