package org.senim.report.intake;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;

/**
 * A tip as submitted, every field already validated by {@link TipReader}. The optional
 * answers are {@code null} when not given. {@link #toString()} never shows the
 * description.
 */
@Schema(requiredProperties = { "city", "exploitationTypes", "description" },
		description = "A tip. Only city, exploitationTypes and description are required; unknown properties are refused.")
record TipForm(String city, List<ExploitationType> exploitationTypes, String description, Industry industry,
		List<ControlMethod> controlMethods, Recruitment recruitment, VenueType venueType, Integer victimCount,
		Boolean minorsInvolved, Boolean immediateDanger, VictimNationality victimNationality, String language,
		ReporterRole reporterRole, Boolean consentToPolice) {

	TipForm {
		exploitationTypes = List.copyOf(exploitationTypes);
		controlMethods = (controlMethods != null) ? List.copyOf(controlMethods) : List.of();
	}

	@Override
	public String toString() {
		return "TipForm[city=" + this.city + ", exploitationTypes=" + this.exploitationTypes + ", description hidden]";
	}

}
