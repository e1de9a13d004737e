package org.senim.gateway.tip;

import java.util.Arrays;
import java.util.List;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;

/**
 * The codes each question of the tip questionnaire offers (the public form and the
 * hotline operator's page), straight from {@code contracts}, so the form can never offer
 * a code the service does not know. Their words are in the message bundles under
 * {@code code.<question>.<CODE>}.
 */
public record Questionnaire(List<String> exploitationTypes, List<String> industries, List<String> venueTypes,
		List<String> controlMethods, List<String> recruitment, List<String> nationalities, List<String> reporterRoles) {

	public static final Questionnaire CODES = new Questionnaire(names(ExploitationType.values()),
			names(Industry.values()), names(VenueType.values()), names(ControlMethod.values()),
			names(Recruitment.values()), names(VictimNationality.values()), names(ReporterRole.values()));

	private static List<String> names(Enum<?>[] codes) {
		return Arrays.stream(codes).map(Enum::name).toList();
	}

}
