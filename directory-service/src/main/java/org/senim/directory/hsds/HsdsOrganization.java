package org.senim.directory.hsds;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.senim.directory.service.OrganizationRow;

/**
 * HSDS {@code organization} with the Kazakhstan profile's extra fields ({@code name_ru},
 * {@code name_kk}, {@code sample}, {@code source}, {@code assured_date}, {@code status}:
 * {@code active} or {@code inactive} once retired).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsOrganization(UUID id, String name, String description, @JsonProperty("name_ru") String nameRu,
		@JsonProperty("name_kk") String nameKk, boolean sample, String source,
		@JsonProperty("assured_date") String assuredDate, String status) {

	public static HsdsOrganization of(OrganizationRow organization) {
		// HSDS requires a description; the seed sources give none for the national
		// hotlines
		String description = (organization.description() != null) ? organization.description() : "";
		return new HsdsOrganization(organization.id(), organization.name(), description, organization.nameRu(),
				organization.nameKk(), organization.sample(), organization.source(),
				(organization.assuredDate() != null) ? organization.assuredDate().toString() : null,
				organization.status());
	}

}
