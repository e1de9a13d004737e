package org.senim.referral.offer;

import java.time.Instant;

import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportExpired;
import org.senim.referral.datakey.ReportKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Forgets an expired report (DESIGN.md §6, confidentiality): on {@code report.expired}
 * its data key, its referrals, their sealed descriptions, its case and the outbox rows
 * carrying its offers and case-worker messages are deleted in one transaction, with the
 * event id recorded as processed. A redelivered event, or one for a report never routed,
 * changes nothing. Escalation decisions and the audit trail hold no description or
 * message and are kept.
 */
@Component
class ReportPurge {

	private static final Logger log = LoggerFactory.getLogger(ReportPurge.class);

	private final ReferralRepository referrals;

	private final TransactionalOperator transaction;

	private final ReportKeys keys;

	ReportPurge(ReferralRepository referrals, ReportKeys keys, TransactionalOperator transaction) {
		this.referrals = referrals;
		this.keys = keys;
		this.transaction = transaction;
	}

	Mono<Void> accept(SenimEvent<ReportExpired> event) {
		ReportExpired expired = event.data();
		Mono<Long> purge = this.referrals.markProcessed(event.id(), Instant.now())
			.then(this.keys.forget(expired.reportId()))
			.then(this.referrals.purgeReport(expired.reportId()));
		return this.transaction.transactional(purge)
			.doOnNext((deleted) -> log.info("Report {} expired; {} referrals purged", expired.reportId(), deleted))
			.onErrorResume(DuplicateKeyException.class, (duplicate) -> Mono.empty())
			.then();
	}

}
