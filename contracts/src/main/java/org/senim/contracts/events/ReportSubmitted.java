package org.senim.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;

/**
 * A tip was accepted by the report-service. Carries the coded answers and the
 * description; never an IP address, user agent, cookie or the receipt.
 *
 * <p>
 * {@code v2}: the description is {@link EncryptedText} under the report's data key (field
 * {@code description}, record the report id), no longer plain text; {@code v1} is
 * retired.
 *
 * @param city the resolved city slug
 * @param operatorEntered whether a hotline operator filed the tip for a caller
 */
public record ReportSubmitted(UUID reportId, String city, List<ExploitationType> exploitationTypes,
		EncryptedText description, Industry industry, List<ControlMethod> controlMethods, Recruitment recruitment,
		VenueType venueType, Integer victimCount, Boolean minorsInvolved, Boolean immediateDanger,
		VictimNationality victimNationality, String language, ReporterRole reporterRole, Boolean consentToPolice,
		boolean operatorEntered, Instant submittedAt) {

	public ReportSubmitted {
		exploitationTypes = List.copyOf(exploitationTypes);
		controlMethods = (controlMethods != null) ? List.copyOf(controlMethods) : List.of();
	}

}
