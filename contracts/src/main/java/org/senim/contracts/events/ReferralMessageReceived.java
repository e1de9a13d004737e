package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A tipster's message reached one organization's referral: the one that accepted the tip,
 * or, until one accepts, each holding an open offer. Published by the referral-service on
 * {@code referrals.<city>} of that organization, keyed by referral id like the offer, so
 * the organization's live stream and systems get it in order with the referral's other
 * events.
 *
 * <p>
 * {@code v2}: {@code text} is {@link EncryptedText} under the report's data key, bound to
 * this event type, {@code text} and the referral id.
 *
 * @param messageId the id of the tipster's message ({@link TipsterMessageSent}), the same
 * for every organization it reached
 */
public record ReferralMessageReceived(UUID messageId, UUID referralId, UUID reportId, String city, UUID organizationId,
		EncryptedText text, Instant sentAt) {

	@Override
	public String toString() {
		return "ReferralMessageReceived[messageId=" + this.messageId + ", referralId=" + this.referralId + "]";
	}

}
