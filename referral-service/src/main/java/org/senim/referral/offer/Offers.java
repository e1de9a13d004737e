package org.senim.referral.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.referral.alert.UnacceptedAlerts;
import org.senim.referral.datakey.ReportKeys;
import org.senim.referral.outbox.Outbox;
import org.senim.referral.routing.OfferTarget;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Makes one offer in the caller's transaction: the referral row and its
 * {@code referral.offered} event in the outbox, its description sealed under the report's
 * data key; and records when a tip reaches the last tier.
 */
@Component
class Offers {

	private final ReferralRepository referrals;

	private final Outbox outbox;

	private final ReferralProperties properties;

	private final UnacceptedAlerts alerts;

	private final ReportKeys keys;

	Offers(ReferralRepository referrals, Outbox outbox, ReferralProperties properties, UnacceptedAlerts alerts,
			ReportKeys keys) {
		this.referrals = referrals;
		this.keys = keys;
		this.outbox = outbox;
		this.properties = properties;
		this.alerts = alerts;
	}

	Mono<Void> offer(Referral referral, OfferTarget target) {
		return this.keys
			.sealOrFail(referral.reportId(), referral.id(), EventType.REFERRAL_OFFERED, "description",
					referral.description(),
					() -> new IllegalStateException(
							"Report " + referral.reportId() + " expired while it was being offered"))
			.map((description) -> SenimEvent.of(EventType.REFERRAL_OFFERED, this.properties.source(),
					referral.id().toString(), referral.offered(description)))
			.flatMap((offered) -> this.referrals.insert(referral, offered.id())
				.then(this.outbox.append(target.topic(), referral.id().toString(), offered)));
	}

	/**
	 * After a tip was offered to the targets: if they are the national tier, the time the
	 * unaccepted alert counts from; an offer to no organization raises that alert at
	 * once. Joins the caller's transaction, which holds the tip's case.
	 */
	Mono<Void> reachedTier(UUID reportId, List<OfferTarget> targets, Instant now) {
		if (targets.isEmpty() || !targets.get(0).isNationalTier()) {
			return Mono.empty();
		}
		Mono<Void> marked = this.referrals.markLastTier(reportId, now);
		return targets.stream().anyMatch(OfferTarget::isUnclaimed) ? marked.then(this.alerts.raiseNow(reportId, now))
				: marked;
	}

}
