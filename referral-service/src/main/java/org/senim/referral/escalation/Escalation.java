package org.senim.referral.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.events.EscalationRaised;
import org.senim.referral.offer.TipAnswers;

/**
 * A tip escalated to police liaisons, as they see it: every coded answer of the tip
 * (shown flat, beside the other fields; {@code null} in escalations raised before they
 * were kept, but for exploitation types, minors and danger), never the description.
 */
public record Escalation(UUID id, UUID reportId, String city, Priority priority, @JsonUnwrapped TipAnswers answers,
		String summary, List<EscalationReason> reasons, Status status, Instant raisedAt, Instant acknowledgedAt) {

	public Escalation {
		reasons = List.copyOf(reasons);
	}

	/** Where an escalation stands. */
	public enum Status {

		RAISED, ACKNOWLEDGED

	}

	EscalationRaised raised() {
		TipAnswers a = this.answers;
		return new EscalationRaised(this.id, this.reportId, this.city, this.priority, a.exploitationTypes(),
				a.minorsInvolved(), a.immediateDanger(), this.summary, this.reasons.stream().map(Enum::name).toList(),
				this.raisedAt, a.industry(), a.controlMethods(), a.recruitment(), a.venueType(), a.victimCount(),
				a.victimNationality(), a.language(), a.reporterRole(), a.operatorEntered());
	}

	Escalation acknowledgedAt(Instant now) {
		return new Escalation(this.id, this.reportId, this.city, this.priority, this.answers, this.summary,
				this.reasons, Status.ACKNOWLEDGED, this.raisedAt, now);
	}

}
