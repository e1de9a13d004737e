package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Nobody accepted an offer in time (or every organization declined), so the tip moved on
 * to the next tier. Published on the topic of the offer that expired, keyed by its
 * referral id; the new offers follow as {@code referral.offered} on their own topics.
 *
 * @param toTier where the tip went: a city slug or {@code national}
 * @param reason why, in words an NGO worker understands
 */
public record ReferralRerouted(UUID referralId, UUID reportId, String city, UUID organizationId, String toTier,
		String reason, Instant reroutedAt) {

}
