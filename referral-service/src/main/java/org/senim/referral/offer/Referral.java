package org.senim.referral.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.events.ReferralOffered;
import org.senim.referral.routing.OfferTarget;
import org.senim.referral.triage.TriageReason;

/**
 * One offer of a tip to one organization, as stored and as shown to its case workers.
 *
 * @param organizationId {@code null} for the national tier
 * @param triageReasons why the tip got its priority
 */
public record Referral(UUID id, UUID reportId, String city, UUID organizationId, UUID serviceId, Priority priority,
		List<TriageReason> triageReasons, List<ExploitationType> exploitationTypes, boolean minorsInvolved,
		boolean immediateDanger, String summary, String description, ReferralStatus status, Instant offeredAt,
		Instant respondBy) {

	public Referral {
		triageReasons = List.copyOf(triageReasons);
		exploitationTypes = List.copyOf(exploitationTypes);
	}

	/** The data of the {@code referral.offered} event of this referral. */
	ReferralOffered offered() {
		return new ReferralOffered(this.id, this.reportId, this.city, this.organizationId, this.serviceId,
				this.priority, this.exploitationTypes, this.minorsInvolved, this.immediateDanger, this.summary,
				this.description, this.offeredAt, this.respondBy);
	}

	/** The same tip offered to another target. */
	Referral offeredTo(OfferTarget target, Instant now, Instant respondBy) {
		return new Referral(UUID.randomUUID(), this.reportId, target.city(), target.organizationId(),
				target.serviceId(), this.priority, this.triageReasons, this.exploitationTypes, this.minorsInvolved,
				this.immediateDanger, this.summary, this.description, ReferralStatus.OFFERED, now, respondBy);
	}

	Referral withStatus(ReferralStatus next) {
		return new Referral(this.id, this.reportId, this.city, this.organizationId, this.serviceId, this.priority,
				this.triageReasons, this.exploitationTypes, this.minorsInvolved, this.immediateDanger, this.summary,
				this.description, next, this.offeredAt, this.respondBy);
	}

}
