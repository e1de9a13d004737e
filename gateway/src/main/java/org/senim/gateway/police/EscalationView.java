package org.senim.gateway.police;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;

/**
 * An escalated tip as police liaisons see it (DESIGN.md §5): coded answers, city,
 * priority, the summary and the escalation policy's reasons. It has no field for a
 * description or any other text the tipster wrote, so none can be shown even if the
 * service sent one.
 *
 * @param reasons the policy's reasons ({@code MINORS_INVOLVED}, {@code IMMEDIATE_DANGER},
 * {@code ORGAN_REMOVAL}, {@code CONSENT_TO_POLICE})
 * @param status {@code RAISED} or {@code ACKNOWLEDGED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EscalationView(UUID id, String city, Priority priority, List<ExploitationType> exploitationTypes,
		boolean minorsInvolved, boolean immediateDanger, String summary, List<String> reasons, String status,
		Instant raisedAt, Instant acknowledgedAt) {

	EscalationView {
		exploitationTypes = (exploitationTypes != null) ? List.copyOf(exploitationTypes) : List.of();
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
		priority = (priority != null) ? priority : Priority.NORMAL;
	}

	public boolean isRaised() {
		return "RAISED".equals(this.status);
	}

	public boolean isAcknowledged() {
		return "ACKNOWLEDGED".equals(this.status);
	}

}
