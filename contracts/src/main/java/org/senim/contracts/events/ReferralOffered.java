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
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;

/**
 * A tip was offered to one organization: the whole case, every coded answer of the tip
 * and why it got its priority. Published on {@code referrals.<city>} of the receiving
 * organization, keyed by referral id.
 *
 * <p>
 * The answers after {@code respondBy} were added to {@code v1} compatibly: each may be
 * absent ({@code null}, lists empty), in an event of an older producer as in a tip that
 * left the question unanswered.
 *
 * <p>
 * {@code tipCity} was added to {@code v1} compatibly too, after the answers: consumers
 * that do not know it ignore it, and it is {@code null} in events of older producers
 * (read such an offer's tip as being about {@code city}).
 *
 * <p>
 * {@code v2}: {@code description} is the tip's description as {@link EncryptedText} under
 * the report's data key, bound to this event type, {@code description} and the referral
 * id; {@code summary} is built from coded answers only and stays plain.
 *
 * @param city the city of the receiving organization, whose topic carries the event;
 * {@code national} for the national tier
 * @param triageReasons why the tip got its priority (empty for {@code NORMAL})
 * @param operatorEntered whether a hotline operator filed the tip for a caller
 * @param tipCity the city slug the tip is about, as the report-service resolved it;
 * differs from {@code city} when the tip was routed on to the nearest city with help or
 * to the national tier
 */
public record ReferralOffered(UUID referralId, UUID reportId, String city, UUID organizationId, UUID serviceId,
		Priority priority, List<ExploitationType> exploitationTypes, boolean minorsInvolved, boolean immediateDanger,
		String summary, EncryptedText description, Instant offeredAt, Instant respondBy,
		List<TriageReason> triageReasons, Industry industry, List<ControlMethod> controlMethods,
		Recruitment recruitment, VenueType venueType, Integer victimCount, VictimNationality victimNationality,
		String language, ReporterRole reporterRole, Boolean operatorEntered, String tipCity) {

	public ReferralOffered {
		exploitationTypes = List.copyOf(exploitationTypes);
		triageReasons = (triageReasons != null) ? List.copyOf(triageReasons) : List.of();
		controlMethods = (controlMethods != null) ? List.copyOf(controlMethods) : List.of();
	}

}
