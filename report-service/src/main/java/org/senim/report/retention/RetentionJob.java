package org.senim.report.retention;

import java.time.Instant;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportExpired;
import org.senim.report.outbox.Outbox;
import org.senim.report.system.ReportProperties;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Deletes tips past their retention, every {@code interval}: each one in its own
 * transaction together with a {@code report.expired} outbox row on
 * {@code reports.submitted} (keyed by report id), so downstream copies are purged too.
 * Safe with several instances: the delete re-checks expiry and only the instance whose
 * delete removed the row writes the event.
 */
@Component
class RetentionJob implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(RetentionJob.class);

	private final ExpiredReports reports;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	private final RetentionProperties properties;

	private final ReportProperties service;

	private volatile Scheduler scheduler;

	private volatile Disposable running;

	RetentionJob(ExpiredReports reports, Outbox outbox, ReactiveTransactionManager transactionManager,
			RetentionProperties properties, ReportProperties service) {
		this.reports = reports;
		this.outbox = outbox;
		this.transactions = TransactionalOperator.create(transactionManager);
		this.properties = properties;
		this.service = service;
	}

	@Override
	public void start() {
		this.scheduler = Schedulers.newSingle("report-retention");
		this.running = Flux.interval(this.properties.interval(), this.properties.interval(), this.scheduler)
			.onBackpressureDrop()
			.concatMap((tick) -> purge(), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.scheduler.dispose();
	}

	@Override
	public boolean isRunning() {
		Disposable current = this.running;
		return current != null && !current.isDisposed();
	}

	/** One pass: deletes every tip expired now, batch after batch. */
	Mono<Void> purge() {
		return purgeBatch().expand((full) -> full ? purgeBatch() : Mono.empty()).then().onErrorResume((ex) -> {
			// The database may be down: keep the job alive, the next pass retries.
			log.warn("Retention pass failed: " + ex.getClass().getSimpleName());
			return Mono.empty();
		});
	}

	/** Emits whether a whole batch was found, i.e. whether more may wait. */
	private Mono<Boolean> purgeBatch() {
		Instant now = Instant.now();
		Instant closedBefore = now.minus(this.properties.afterClosure());
		Instant receivedBefore = now.minus(this.properties.unclosedMaxAge());
		return this.reports.find(closedBefore, receivedBefore, this.properties.batchSize())
			.concatMap((reportId) -> expire(reportId, closedBefore, receivedBefore, now))
			.count()
			.map((found) -> found >= this.properties.batchSize());
	}

	private Mono<Boolean> expire(UUID reportId, Instant closedBefore, Instant receivedBefore, Instant now) {
		return this.reports.delete(reportId, closedBefore, receivedBefore)
			.flatMap((deleted) -> deleted
					? this.outbox.append(Topics.REPORTS_SUBMITTED, reportId.toString(), expired(reportId, now))
						.thenReturn(true)
					: Mono.just(false))
			.as(this.transactions::transactional)
			.doOnNext((deleted) -> {
				if (deleted) {
					log.info("Report " + reportId + " expired and was deleted");
				}
			});
	}

	private SenimEvent<ReportExpired> expired(UUID reportId, Instant now) {
		return new SenimEvent<>(UUID.randomUUID().toString(), EventType.REPORT_EXPIRED, this.service.source(),
				reportId.toString(), now, new ReportExpired(reportId, now));
	}

}
