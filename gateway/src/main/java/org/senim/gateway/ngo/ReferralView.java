package org.senim.gateway.ngo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;

/**
 * A referral as the referral-service shows it to the worker's organization: the whole
 * case, every coded answer of the tip. Unanswered questions are {@code null} (lists
 * empty).
 *
 * @param city the city of the receiving organization ({@code national} for the national
 * tier)
 * @param tipCity the city the tip is about; {@code null} in referrals from before the
 * referral-service kept it
 * @param status {@code OFFERED}, {@code ACCEPTED}, {@code DECLINED}, {@code REROUTED},
 * {@code CLOSED} or {@code WITHDRAWN}
 * @param respondBy until when the organization may accept; {@code null} when the offer
 * does not expire
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReferralView(UUID id, String city, String tipCity, Priority priority, List<TriageReason> triageReasons,
		List<ExploitationType> exploitationTypes, Industry industry, List<ControlMethod> controlMethods,
		Recruitment recruitment, VenueType venueType, Integer victimCount, boolean minorsInvolved,
		boolean immediateDanger, VictimNationality victimNationality, String language, ReporterRole reporterRole,
		Boolean operatorEntered, String summary, String description, String status, Instant offeredAt,
		Instant respondBy) {

	ReferralView {
		triageReasons = (triageReasons != null) ? List.copyOf(triageReasons) : List.of();
		exploitationTypes = (exploitationTypes != null) ? List.copyOf(exploitationTypes) : List.of();
		controlMethods = (controlMethods != null) ? List.copyOf(controlMethods) : List.of();
		priority = (priority != null) ? priority : Priority.NORMAL;
	}

	public boolean isOffered() {
		return "OFFERED".equals(this.status);
	}

	public boolean isAccepted() {
		return "ACCEPTED".equals(this.status);
	}

	/** Still to be acted on: offered to the organization, or taken up by it. */
	public boolean isOpen() {
		return isOffered() || isAccepted();
	}

	/**
	 * Whether the tip is about another city than the organization's: routed on to it from
	 * there, to the nearest city with help or to the national tier.
	 */
	public boolean isRoutedOn() {
		return this.tipCity != null && !this.tipCity.equals(this.city);
	}

	/**
	 * An offer of the national tier: the last, so it does not expire (the admins' alert
	 * watches it instead), whatever its {@code respondBy} says.
	 */
	public boolean isLastTier() {
		return "national".equals(this.city);
	}

	/** The language the tip was written in, when the pages have a name for it. */
	public String knownLanguage() {
		return (this.language != null && List.of("kk", "ru", "en").contains(this.language)) ? this.language : null;
	}

	@Override
	public String toString() {
		return "ReferralView[id=" + this.id + ", status=" + this.status + ", priority=" + this.priority + "]";
	}

}
