package org.senim.referral.offer;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralOffered;
import org.senim.referral.outbox.Outbox;
import org.senim.referral.routing.OfferTarget;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Makes one offer in the caller's transaction: the referral row and its
 * {@code referral.offered} event in the outbox.
 */
@Component
class Offers {

	private final ReferralRepository referrals;

	private final Outbox outbox;

	private final ReferralProperties properties;

	Offers(ReferralRepository referrals, Outbox outbox, ReferralProperties properties) {
		this.referrals = referrals;
		this.outbox = outbox;
		this.properties = properties;
	}

	Mono<Void> offer(Referral referral, OfferTarget target) {
		SenimEvent<ReferralOffered> offered = SenimEvent.of(EventType.REFERRAL_OFFERED, this.properties.source(),
				referral.id().toString(), referral.offered());
		return this.referrals.insert(referral, offered.id())
			.then(this.outbox.append(target.topic(), referral.id().toString(), offered));
	}

}
