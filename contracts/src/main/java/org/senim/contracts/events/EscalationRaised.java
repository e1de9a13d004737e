package org.senim.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;

/**
 * A tip was escalated to police liaisons by the escalation policy. Published on
 * {@code escalations.police} keyed by escalation id. Holds only what police need: coded
 * answers, city, priority, summary and the policy's reasons; never the description or any
 * other text the tipster wrote.
 *
 * <p>
 * The answers after {@code raisedAt} were added to {@code v1} compatibly: each may be
 * absent ({@code null}, lists empty), in an event of an older producer as in a tip that
 * left the question unanswered; consumers that do not know them ignore them.
 *
 * @param operatorEntered whether a hotline operator filed the tip for a caller
 */
public record EscalationRaised(UUID escalationId, UUID reportId, String city, Priority priority,
		List<ExploitationType> exploitationTypes, boolean minorsInvolved, boolean immediateDanger, String summary,
		List<String> reasons, Instant raisedAt, Industry industry, List<ControlMethod> controlMethods,
		Recruitment recruitment, VenueType venueType, Integer victimCount, VictimNationality victimNationality,
		String language, ReporterRole reporterRole, Boolean operatorEntered) {

	public EscalationRaised {
		exploitationTypes = List.copyOf(exploitationTypes);
		reasons = List.copyOf(reasons);
		controlMethods = (controlMethods != null) ? List.copyOf(controlMethods) : List.of();
	}

}
