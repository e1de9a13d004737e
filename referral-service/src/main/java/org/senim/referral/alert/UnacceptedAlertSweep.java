package org.senim.referral.alert;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code senim.referral.unaccepted.sweep-interval}, raises the alert of each tip at
 * the last tier for {@code alert-after} or longer without an accepted offer, then
 * re-reads the number of open alerts. Safe with several instances: each alert is raised
 * under the lock of its tip's case and at most once per tip (the table's key).
 */
@Component
class UnacceptedAlertSweep implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(UnacceptedAlertSweep.class);

	private final UnacceptedAlertRepository repository;

	private final UnacceptedAlerts alerts;

	private final AlertProperties properties;

	private final Clock clock;

	private final Scheduler scheduler = Schedulers.newSingle("unaccepted-alert-sweep", true);

	private volatile Disposable running;

	UnacceptedAlertSweep(UnacceptedAlertRepository repository, UnacceptedAlerts alerts, AlertProperties properties,
			Clock clock) {
		this.repository = repository;
		this.alerts = alerts;
		this.properties = properties;
		this.clock = clock;
	}

	/** One sweep; the number of alerts it raised. */
	Mono<Integer> sweep() {
		Instant now = this.clock.instant();
		Instant deadline = now.minus(this.properties.alertAfter());
		return this.repository.dueReports(deadline, this.properties.batchSize())
			.concatMap((reportId) -> this.alerts.raiseIfDue(reportId, deadline, now).onErrorResume((ex) -> {
				log.warn("Raising the unaccepted alert of report {} failed ({}); next sweep retries", reportId,
						ex.getClass().getSimpleName());
				return Mono.just(false);
			}))
			.filter(Boolean::booleanValue)
			.count()
			.flatMap((raised) -> this.alerts.refreshOpen().thenReturn(raised.intValue()));
	}

	@Override
	public synchronized void start() {
		if (this.running != null) {
			return;
		}
		this.running = Flux.interval(this.properties.sweepInterval(), this.scheduler)
			.onBackpressureDrop()
			.concatMap((tick) -> sweep().onErrorResume((ex) -> {
				log.warn("Unaccepted alert sweep failed ({})", ex.getClass().getSimpleName());
				return Mono.just(0);
			}), 1)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		Disposable current = this.running;
		this.running = null;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
