package org.senim.referral.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.directory.DirectoryReplica;
import org.senim.referral.outbox.Outbox;
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
 * organization and one {@code referral.offered} event put in the outbox for each.
 */
@Component
class ReferralIntake {

	private static final Logger log = LoggerFactory.getLogger(ReferralIntake.class);

	private final ReferralRepository referrals;

	private final DirectoryReplica directory;

	private final TriageRules triageRules;

	private final OfferRouting routing;

	private final Outbox outbox;

	private final TransactionalOperator transaction;

	private final ReferralProperties properties;

	ReferralIntake(ReferralRepository referrals, DirectoryReplica directory, TriageRules triageRules,
			OfferRouting routing, Outbox outbox, TransactionalOperator transaction, ReferralProperties properties) {
		this.referrals = referrals;
		this.directory = directory;
		this.triageRules = triageRules;
		this.routing = routing;
		this.outbox = outbox;
		this.transaction = transaction;
		this.properties = properties;
	}

	Mono<Void> accept(SenimEvent<ReportSubmitted> event) {
		ReportSubmitted report = event.data();
		Instant now = Instant.now();
		Mono<Void> offers = this.referrals.markProcessed(event.id(), now)
			.then(route(report))
			.flatMapMany((targets) -> offerAll(report, this.triageRules.triage(report), targets, now))
			.then();
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

	private Flux<Void> offerAll(ReportSubmitted report, Triage triage, List<OfferTarget> targets, Instant now) {
		String summary = OfferSummary.of(report);
		return Flux.fromIterable(targets).concatMap((target) -> offer(report, triage, target, summary, now));
	}

	private Mono<Void> offer(ReportSubmitted report, Triage triage, OfferTarget target, String summary, Instant now) {
		Referral referral = new Referral(UUID.randomUUID(), report.reportId(), target.city(), target.organizationId(),
				target.serviceId(), triage.priority(), triage.reasons(), report.exploitationTypes(),
				Boolean.TRUE.equals(report.minorsInvolved()), Boolean.TRUE.equals(report.immediateDanger()), summary,
				report.description(), ReferralStatus.OFFERED, now, now.plus(this.properties.offerTimeout()));
		SenimEvent<ReferralOffered> offered = SenimEvent.of(EventType.REFERRAL_OFFERED, this.properties.source(),
				referral.id().toString(), referral.offered());
		return this.referrals.insert(referral, offered.id())
			.then(this.outbox.append(target.topic(), referral.id().toString(), offered));
	}

}
