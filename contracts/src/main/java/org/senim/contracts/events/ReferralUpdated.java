package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The receiving organization answered an offer. Published on {@code referrals.<city>} of
 * that organization, keyed by referral id, like the offer it answers.
 *
 * @param reason why the offer was declined; {@code null} when accepted
 */
public record ReferralUpdated(UUID referralId, UUID reportId, String city, UUID organizationId, Status status,
		String reason, Instant updatedAt) {

	/** Where the referral stands after the update. */
	public enum Status {

		ACCEPTED, DECLINED

	}

}
