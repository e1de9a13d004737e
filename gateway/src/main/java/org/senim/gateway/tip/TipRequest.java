package org.senim.gateway.tip;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /api/reports} as the report-service reads it; unanswered questions are left
 * out. {@code victimCount} is a number, or the text as typed when it is not one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TipRequest(String city, List<String> exploitationTypes, String description, String industry,
		List<String> controlMethods, String recruitment, String venueType, Object victimCount, Boolean minorsInvolved,
		Boolean immediateDanger, String victimNationality, String language, String reporterRole,
		Boolean consentToPolice) {

	@Override
	public String toString() {
		return "TipRequest[city=" + this.city + ", description hidden]";
	}

}
