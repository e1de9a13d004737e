package org.senim.gateway.police;

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
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;

/**
 * An escalated tip as police liaisons see it (DESIGN.md §5): every coded answer of the
 * tip, city, priority, the summary and the escalation policy's reasons. The answers
 * beside exploitation types, minors and danger are {@code null} (lists empty) when
 * unanswered, and in escalations raised before the referral-service kept them. It has no
 * field for a description or any other text the tipster wrote, so none can be shown even
 * if the service sent one.
 *
 * @param reasons the policy's reasons ({@code MINORS_INVOLVED}, {@code IMMEDIATE_DANGER},
 * {@code ORGAN_REMOVAL}, {@code CONSENT_TO_POLICE})
 * @param status {@code RAISED} or {@code ACKNOWLEDGED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EscalationView(UUID id, String city, Priority priority, List<ExploitationType> exploitationTypes,
		boolean minorsInvolved, boolean immediateDanger, String summary, List<String> reasons, String status,
		Instant raisedAt, Instant acknowledgedAt, Industry industry, List<ControlMethod> controlMethods,
		Recruitment recruitment, VenueType venueType, Integer victimCount, VictimNationality victimNationality,
		String language, ReporterRole reporterRole, Boolean operatorEntered) {

	EscalationView {
		exploitationTypes = (exploitationTypes != null) ? List.copyOf(exploitationTypes) : List.of();
		controlMethods = (controlMethods != null) ? List.copyOf(controlMethods) : List.of();
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
		priority = (priority != null) ? priority : Priority.NORMAL;
	}

	/**
	 * The language the tip was written in, when the pages have a name for it; any other
	 * tag is not shown.
	 */
	public String knownLanguage() {
		return (this.language != null && List.of("kk", "ru", "en").contains(this.language)) ? this.language : null;
	}

	public boolean isRaised() {
		return "RAISED".equals(this.status);
	}

	public boolean isAcknowledged() {
		return "ACKNOWLEDGED".equals(this.status);
	}

}
