package org.senim.referral.offer;

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
 * Every {@code senim.referral.reroute.sweep-interval}, re-routes the reports with offers
 * unanswered past their {@code respondBy}. Safe with several instances: each offer is
 * claimed by a conditional update, so only one instance re-routes it.
 */
@Component
class OfferTimeoutSweep implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OfferTimeoutSweep.class);

	private final ReferralRepository referrals;

	private final Rerouting rerouting;

	private final ReferralProperties properties;

	private final Scheduler scheduler = Schedulers.newSingle("offer-timeout-sweep", true);

	private volatile Disposable running;

	OfferTimeoutSweep(ReferralRepository referrals, Rerouting rerouting, ReferralProperties properties) {
		this.referrals = referrals;
		this.rerouting = rerouting;
		this.properties = properties;
	}

	/** One sweep; the number of offers it re-routed. */
	Mono<Integer> sweep() {
		Instant now = Instant.now();
		return this.referrals.reportsWithExpiredOffers(now, this.properties.reroute().batchSize())
			.concatMap((reportId) -> this.rerouting.expireOffers(reportId, now).onErrorResume((ex) -> {
				log.warn("Re-routing report {} failed ({}); next sweep retries", reportId,
						ex.getClass().getSimpleName());
				return Mono.just(0);
			}))
			.reduce(0, Integer::sum);
	}

	@Override
	public synchronized void start() {
		if (this.running != null) {
			return;
		}
		this.running = Flux.interval(this.properties.reroute().sweepInterval(), this.scheduler)
			.onBackpressureDrop()
			.concatMap((tick) -> sweep().onErrorResume((ex) -> {
				log.warn("Offer timeout sweep failed ({})", ex.getClass().getSimpleName());
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
