package org.senim.referral.offer;

import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralOffered;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * Offers a live stream missed while it was disconnected, read back from the database as
 * the {@code referral.offered} events they were sent as (same ids), so a client resumes
 * with {@code Last-Event-ID}.
 */
@Component
public class OfferHistory {

	/** Most offers replayed on one resume; the list API has the rest. */
	static final int REPLAY_LIMIT = 500;

	private final ReferralRepository referrals;

	private final ReferralProperties properties;

	OfferHistory(ReferralRepository referrals, ReferralProperties properties) {
		this.referrals = referrals;
		this.properties = properties;
	}

	/** Offers to the organization after the one with the given event id, oldest first. */
	public Flux<SenimEvent<ReferralOffered>> offeredAfter(UUID organizationId, String lastEventId) {
		return this.referrals.offersSince(organizationId, lastEventId, REPLAY_LIMIT)
			.map((offer) -> new SenimEvent<>(offer.getT1(), EventType.REFERRAL_OFFERED, this.properties.source(),
					offer.getT2().id().toString(), offer.getT2().offeredAt(), offer.getT2().offered()));
	}

}
