package org.senim.referral.offer;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.senim.referral.system.PeriodicSweep;

import org.springframework.stereotype.Component;

/**
 * Every {@code senim.referral.reroute.sweep-interval}, re-routes the reports with offers
 * unanswered past their {@code respondBy}. Safe with several instances: each offer is
 * claimed by a conditional update, so only one instance re-routes it.
 */
@Component
class OfferTimeoutSweep extends PeriodicSweep {

	private static final Logger log = LoggerFactory.getLogger(OfferTimeoutSweep.class);

	private final ReferralRepository referrals;

	private final Rerouting rerouting;

	private final ReferralProperties properties;

	OfferTimeoutSweep(ReferralRepository referrals, Rerouting rerouting, ReferralProperties properties) {
		super("Offer timeout sweep", "offer-timeout-sweep", properties.reroute().sweepInterval());
		this.referrals = referrals;
		this.rerouting = rerouting;
		this.properties = properties;
	}

	/** One sweep; the number of offers it re-routed. */
	@Override
	protected Mono<Integer> sweep() {
		Instant now = Instant.now();
		return this.referrals.reportsWithExpiredOffers(now, this.properties.reroute().batchSize())
			.concatMap((reportId) -> this.rerouting.expireOffers(reportId, now).onErrorResume((ex) -> {
				log.warn("Re-routing report {} failed ({}); next sweep retries", reportId,
						ex.getClass().getSimpleName());
				return Mono.just(0);
			}))
			.reduce(0, Integer::sum);
	}

}
