package org.senim.referral.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.senim.contracts.codes.Priority;
import org.senim.referral.system.Page;
import org.senim.referral.system.PageCursor;
import org.senim.referral.system.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The unaccepted alert (DESIGN.md §5, no tip waits unseen): at most one per tip, raised
 * when a tip stays at the last tier without an accepted offer (by the
 * {@link UnacceptedAlertSweep}, or at once when nobody at all could be offered it),
 * resolved when an offer of it is accepted. Counted in {@value #RAISED} and
 * {@value #OPEN}, logged at WARN with the report id and priority only.
 */
@Component
public class UnacceptedAlerts {

	static final String OPEN = "senim.referrals.unaccepted";

	static final String RAISED = "senim.referrals.unaccepted.raised";

	private static final Logger log = LoggerFactory.getLogger(UnacceptedAlerts.class);

	private final UnacceptedAlertRepository repository;

	private final TransactionalOperator transaction;

	private final Counter raised;

	// Of the whole database, not this instance: re-read by every sweep, moved between.
	private final AtomicLong open = new AtomicLong();

	UnacceptedAlerts(UnacceptedAlertRepository repository, TransactionalOperator transaction, MeterRegistry registry) {
		this.repository = repository;
		this.transaction = transaction;
		this.raised = Counter.builder(RAISED)
			.description("Unaccepted alerts raised by this instance")
			.register(registry);
		Gauge.builder(OPEN, this.open, AtomicLong::get)
			.description("Open unaccepted alerts: tips at the last tier that nobody accepted")
			.register(registry);
	}

	/**
	 * Raises the tip's alert now; joins the caller's transaction, which holds the lock of
	 * the tip's case.
	 */
	public Mono<Void> raiseNow(UUID reportId, Instant now) {
		return raise(reportId, null, now).then();
	}

	/** Resolves the tip's open alert, if any; joins the caller's transaction. */
	public Mono<Void> resolve(UUID reportId, Instant now) {
		return this.repository.resolve(reportId, now)
			.filter(Boolean::booleanValue)
			.flatMap((resolved) -> afterCommit(this.open::decrementAndGet))
			.then();
	}

	/**
	 * Raises the alert of a tip at the last tier since the deadline or before, in a
	 * transaction of its own holding the case's lock: of several instances, one raises
	 * it.
	 * @return whether this call raised it
	 */
	Mono<Boolean> raiseIfDue(UUID reportId, Instant deadline, Instant now) {
		return this.transaction.transactional(this.repository.lockCase(reportId).then(raise(reportId, deadline, now)));
	}

	/** Re-reads the number of open alerts for the gauge. */
	Mono<Long> refreshOpen() {
		return this.repository.countOpen().doOnNext(this.open::set);
	}

	/** A page of the open alerts, oldest first, each with its offers. */
	Mono<Page<UnacceptedAlert>> open(PageRequest request) {
		return this.repository.findOpen(request).collectList().flatMap((alerts) -> {
			Page<UnacceptedAlert> page = request.page(alerts,
					(alert) -> new PageCursor(alert.raisedAt(), alert.reportId()));
			List<UUID> reportIds = page.items().stream().map(UnacceptedAlert::reportId).toList();
			return this.repository.offersOf(reportIds)
				.collect(Collectors.groupingBy(Map.Entry::getKey,
						Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
				.map((offers) -> new Page<>(page.items()
					.stream()
					.map((alert) -> alert.withOffers(offers.getOrDefault(alert.reportId(), List.of())))
					.toList(), page.next()));
		});
	}

	private Mono<Boolean> raise(UUID reportId, Instant deadline, Instant now) {
		return this.repository.raise(reportId, deadline, now)
			.flatMap((priority) -> afterCommit(() -> raised(reportId, priority)).thenReturn(true))
			.defaultIfEmpty(false);
	}

	private void raised(UUID reportId, Priority priority) {
		this.raised.increment();
		this.open.incrementAndGet();
		log.warn("Unaccepted alert raised: report {}, priority {}, not accepted at the last tier", reportId, priority);
	}

	// Counted and logged only once the alert is really stored.
	private static Mono<Void> afterCommit(Runnable action) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.doOnNext((current) -> current.registerSynchronization(new TransactionSynchronization() {
				@Override
				public Mono<Void> afterCommit() {
					return Mono.fromRunnable(action);
				}
			}))
			.then();
	}

}
