package org.senim.referral.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.events.EscalationRaised;

/** A tip escalated to police liaisons, as they see it: never the description. */
public record Escalation(UUID id, UUID reportId, String city, Priority priority,
		List<ExploitationType> exploitationTypes, boolean minorsInvolved, boolean immediateDanger, String summary,
		List<EscalationReason> reasons, Status status, Instant raisedAt, Instant acknowledgedAt) {

	public Escalation {
		exploitationTypes = List.copyOf(exploitationTypes);
		reasons = List.copyOf(reasons);
	}

	/** Where an escalation stands. */
	public enum Status {

		RAISED, ACKNOWLEDGED

	}

	EscalationRaised raised() {
		return new EscalationRaised(this.id, this.reportId, this.city, this.priority, this.exploitationTypes,
				this.minorsInvolved, this.immediateDanger, this.summary, this.reasons.stream().map(Enum::name).toList(),
				this.raisedAt);
	}

}
