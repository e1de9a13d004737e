package org.senim.referral.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipStatusChanged.TipStatus;
import org.senim.referral.directory.DirectoryReplica;
import org.senim.referral.escalation.Escalations;
import org.senim.referral.routing.OfferRouting;
import org.senim.referral.routing.OfferTarget;
import org.senim.referral.routing.RoutingCase;
import org.senim.referral.triage.Triage;
import org.senim.referral.triage.TriageRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Turns a submitted tip into offers, in one database transaction: the event id is
 * recorded as processed, the tip triaged and routed, one referral stored per receiving
 * organization and one {@code referral.offered} event put in the outbox for each, the
 * escalation policy's decision stored (and an {@code escalation.raised} if it escalates),
 * and the tip's {@code referral.status-changed} ROUTED.
 */
@Component
class ReferralIntake {

	private static final Logger log = LoggerFactory.getLogger(ReferralIntake.class);

	private final ReferralRepository referrals;

	private final DirectoryReplica directory;

	private final TriageRules triageRules;

	private final OfferRouting routing;

	private final Offers offers;

	private final TipStatusEvents tipStatus;

	private final Escalations escalations;

	private final TransactionalOperator transaction;

	private final ReferralProperties properties;

	ReferralIntake(ReferralRepository referrals, DirectoryReplica directory, TriageRules triageRules,
			OfferRouting routing, Offers offers, TipStatusEvents tipStatus, Escalations escalations,
			TransactionalOperator transaction, ReferralProperties properties) {
		this.referrals = referrals;
		this.directory = directory;
		this.triageRules = triageRules;
		this.routing = routing;
		this.offers = offers;
		this.tipStatus = tipStatus;
		this.escalations = escalations;
		this.transaction = transaction;
		this.properties = properties;
	}

	/**
	 * @param description the tip's description, opened with its data key
	 */
	Mono<Void> accept(SenimEvent<ReportSubmitted> event, String description) {
		ReportSubmitted report = event.data();
		Instant now = Instant.now();
		Mono<Void> offers = this.referrals.markProcessed(event.id(), now)
			.then(this.referrals.insertCase(RoutingCase.of(report), report.reportId(), now))
			.then(Mono.zip(route(report), Mono.just(this.triageRules.triage(report))))
			.flatMap((routed) -> offerAll(report, description, routed.getT2(), routed.getT1(), now)
				.then(this.offers.reachedTier(report.reportId(), routed.getT1(), now))
				.then(this.escalations.decide(report, routed.getT2().priority(), OfferSummary.of(report), now)))
			.then(this.tipStatus.changed(report.reportId(), TipStatus.ROUTED, now));
		return this.transaction.transactional(offers)
			.doOnSuccess((done) -> log.info("Report {} routed", report.reportId()))
			.onErrorResume(DuplicateKeyException.class, (duplicate) -> {
				log.info("Event {} for report {} was already handled; skipped", event.id(), report.reportId());
				return Mono.empty();
			});
	}

	private Mono<List<OfferTarget>> route(ReportSubmitted report) {
		return Mono.zip(this.directory.referralServices().collectList(), this.directory.cities().collectList())
			.map((replica) -> this.routing.route(RoutingCase.of(report), replica.getT1(), replica.getT2()));
	}

	private Flux<Void> offerAll(ReportSubmitted report, String description, Triage triage, List<OfferTarget> targets,
			Instant now) {
		String summary = OfferSummary.of(report);
		return Flux.fromIterable(targets)
			.concatMap((target) -> offer(report, description, triage, target, summary, now));
	}

	private Mono<Void> offer(ReportSubmitted report, String description, Triage triage, OfferTarget target,
			String summary, Instant now) {
		Referral referral = new Referral(UUID.randomUUID(), report.reportId(), target.city(), report.city(),
				target.organizationId(), target.serviceId(), triage.priority(), triage.reasons(), TipAnswers.of(report),
				summary, description, ReferralStatus.OFFERED, now, now.plus(this.properties.offerTimeout()));
		return this.offers.offer(referral, target);
	}

}
