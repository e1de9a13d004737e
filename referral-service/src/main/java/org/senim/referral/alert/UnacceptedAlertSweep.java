package org.senim.referral.alert;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.senim.referral.system.PeriodicSweep;

import org.springframework.stereotype.Component;

/**
 * Every {@code senim.referral.unaccepted.sweep-interval}, raises the alert of each tip at
 * the last tier for {@code alert-after} or longer without an accepted offer, then
 * re-reads the number of open alerts. Safe with several instances: each alert is raised
 * under the lock of its tip's case and at most once per tip (the table's key).
 */
@Component
class UnacceptedAlertSweep extends PeriodicSweep {

	private static final Logger log = LoggerFactory.getLogger(UnacceptedAlertSweep.class);

	private final UnacceptedAlertRepository repository;

	private final UnacceptedAlerts alerts;

	private final AlertProperties properties;

	private final Clock clock;

	UnacceptedAlertSweep(UnacceptedAlertRepository repository, UnacceptedAlerts alerts, AlertProperties properties,
			Clock clock) {
		super("Unaccepted alert sweep", "unaccepted-alert-sweep", properties.sweepInterval());
		this.repository = repository;
		this.alerts = alerts;
		this.properties = properties;
		this.clock = clock;
	}

	/** One sweep; the number of alerts it raised. */
	@Override
	protected Mono<Integer> sweep() {
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

}
