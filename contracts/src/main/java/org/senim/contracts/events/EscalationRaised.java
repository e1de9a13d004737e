package org.senim.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;

/**
 * A tip was escalated to police liaisons by the escalation policy. Published on
 * {@code escalations.police} keyed by escalation id. Holds only what police need: coded
 * answers, city, priority, summary and the policy's reasons; never the description.
 */
public record EscalationRaised(UUID escalationId, UUID reportId, String city, Priority priority,
		List<ExploitationType> exploitationTypes, boolean minorsInvolved, boolean immediateDanger, String summary,
		List<String> reasons, Instant raisedAt) {

	public EscalationRaised {
		exploitationTypes = List.copyOf(exploitationTypes);
		reasons = List.copyOf(reasons);
	}

}
