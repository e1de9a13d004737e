package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An offer changed: answered, closed, or withdrawn. Published on {@code referrals.<city>}
 * of that organization, keyed by referral id, like the offer it answers.
 *
 * @param reason why the offer was declined, the outcome it was closed with, or why it was
 * withdrawn, as {@link EncryptedText} under the report's data key bound to this event
 * type, {@code reason} and the referral id ({@code v2}); {@code null} when accepted
 */
public record ReferralUpdated(UUID referralId, UUID reportId, String city, UUID organizationId, Status status,
		EncryptedText reason, Instant updatedAt) {

	/** Where the referral stands after the update. */
	public enum Status {

		ACCEPTED, DECLINED,

		/** The case was closed by the organization that accepted it. */
		CLOSED,

		/** Another organization accepted the tip, so this offer no longer stands. */
		WITHDRAWN

	}

}
