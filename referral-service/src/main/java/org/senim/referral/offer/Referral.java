package org.senim.referral.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.ReferralOffered;
import org.senim.referral.routing.OfferTarget;

/**
 * One offer of a tip to one organization, as stored and as shown to its case workers: the
 * whole case, with every coded answer of the tip (shown flat, beside the other fields).
 *
 * @param city the city of the receiving organization (its topic
 * {@code referrals.<city>}), {@code national} for the national tier
 * @param tipCity the city the tip is about, as the report-service resolved it; differs
 * from {@code city} when the tip was routed on to another city or the national tier;
 * {@code null} for referrals of tips whose case was never kept
 * @param organizationId {@code null} for the national tier
 * @param triageReasons why the tip got its priority
 */
public record Referral(UUID id, UUID reportId, String city, String tipCity, UUID organizationId, UUID serviceId,
		Priority priority, List<TriageReason> triageReasons, @JsonUnwrapped TipAnswers answers, String summary,
		String description, ReferralStatus status, Instant offeredAt, Instant respondBy) {

	public Referral {
		triageReasons = List.copyOf(triageReasons);
	}

	/** The data of the {@code referral.offered} event of this referral. */
	/** The offer's event, with the description sealed under the report's data key. */
	ReferralOffered offered(EncryptedText description) {
		TipAnswers a = this.answers;
		return new ReferralOffered(this.id, this.reportId, this.city, this.organizationId, this.serviceId,
				this.priority, a.exploitationTypes(), a.minorsInvolved(), a.immediateDanger(), this.summary,
				description, this.offeredAt, this.respondBy, this.triageReasons, a.industry(), a.controlMethods(),
				a.recruitment(), a.venueType(), a.victimCount(), a.victimNationality(), a.language(), a.reporterRole(),
				a.operatorEntered(), this.tipCity);
	}

	/** The same tip offered to another target. */
	Referral offeredTo(OfferTarget target, Instant now, Instant respondBy) {
		return new Referral(UUID.randomUUID(), this.reportId, target.city(), this.tipCity, target.organizationId(),
				target.serviceId(), this.priority, this.triageReasons, this.answers, this.summary, this.description,
				ReferralStatus.OFFERED, now, respondBy);
	}

	Referral withStatus(ReferralStatus next) {
		return withStatusAndDescription(next, this.description);
	}

	Referral withDescription(String text) {
		return withStatusAndDescription(this.status, text);
	}

	private Referral withStatusAndDescription(ReferralStatus next, String text) {
		return new Referral(this.id, this.reportId, this.city, this.tipCity, this.organizationId, this.serviceId,
				this.priority, this.triageReasons, this.answers, this.summary, text, next, this.offeredAt,
				this.respondBy);
	}

}
