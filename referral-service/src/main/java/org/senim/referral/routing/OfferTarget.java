package org.senim.referral.routing;

import java.util.UUID;

import org.senim.contracts.Topics;

/**
 * Where one offer of a tip goes.
 *
 * @param organizationId the receiving organization, {@code null} only for an
 * {@link #unclaimed()} offer
 * @param serviceId the service of that organization that fits the case, {@code null} only
 * for an {@link #unclaimed()} offer
 * @param city the receiving organization's city slug, or {@code national} for the
 * national tier
 */
public record OfferTarget(UUID organizationId, UUID serviceId, String city) {

	/**
	 * The national tier when no national organization fits the case: an offer nobody's
	 * dashboard shows, kept so the tip is on record at the last tier; it raises the
	 * unaccepted alert at once.
	 */
	public static OfferTarget unclaimed() {
		return new OfferTarget(null, null, Topics.NATIONAL_TIER);
	}

	/** Whether this offer is of the last tier, {@code referrals.national}. */
	public boolean isNationalTier() {
		return Topics.NATIONAL_TIER.equals(this.city);
	}

	/** Whether no organization receives this offer. */
	public boolean isUnclaimed() {
		return this.organizationId == null;
	}

	/** The topic the offer is published on: {@code referrals.<city>}. */
	public String topic() {
		return Topics.referralsOf(this.city);
	}

}
