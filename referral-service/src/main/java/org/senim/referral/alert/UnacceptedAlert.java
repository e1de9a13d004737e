package org.senim.referral.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;
import org.senim.referral.offer.ReferralStatus;

/**
 * A tip nobody accepted at the last tier, as directory admins see it: coded data only,
 * never the description or the conversation.
 *
 * @param city the tip's own city
 * @param lastTierSince when the tip reached the national tier
 * @param offers every offer of the tip, oldest first; {@code organizationId} is
 * {@code null} for the national tier's offer to no organization
 */
public record UnacceptedAlert(UUID reportId, Priority priority, String city,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<TriageReason> triageReasons, Instant lastTierSince,
		Instant raisedAt, List<Offer> offers) {

	public UnacceptedAlert {
		triageReasons = List.copyOf(triageReasons);
		offers = List.copyOf(offers);
	}

	UnacceptedAlert withOffers(List<Offer> all) {
		return new UnacceptedAlert(this.reportId, this.priority, this.city, this.triageReasons, this.lastTierSince,
				this.raisedAt, all);
	}

	/** One offer of the tip and where it stands. */
	public record Offer(UUID organizationId, ReferralStatus status) {

	}

}
