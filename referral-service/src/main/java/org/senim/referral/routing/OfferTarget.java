package org.senim.referral.routing;

import java.util.UUID;

import org.senim.contracts.Topics;

/**
 * Where one offer of a tip goes.
 *
 * @param organizationId the receiving organization, {@code null} for the national tier
 * @param serviceId the service of that organization that fits the case, {@code null} for
 * the national tier
 * @param city the receiving organization's city slug, or {@code national}
 */
public record OfferTarget(UUID organizationId, UUID serviceId, String city) {

	public static OfferTarget national() {
		return new OfferTarget(null, null, Topics.NATIONAL_TIER);
	}

	public boolean isNational() {
		return this.organizationId == null;
	}

	/** The topic the offer is published on: {@code referrals.<city>}. */
	public String topic() {
		return Topics.referralsOf(this.city);
	}

}
