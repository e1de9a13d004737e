package org.senim.directory.hsds;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.senim.contracts.Topics;
import org.senim.contracts.codes.ServiceType;
import org.senim.directory.service.ServiceRow;

/**
 * HSDS {@code service} with the Kazakhstan profile's extra fields: city slug, ru/kk
 * names, eligibility, capacity, service types, sample flag; {@code city} is
 * {@code national} for a national service. {@code phones} and {@code organization} only
 * in the full (single service) form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsService(UUID id, @JsonProperty("organization_id") UUID organizationId, String name,
		String description, String status, @JsonProperty("assured_date") String assuredDate, List<HsdsPhone> phones,
		HsdsOrganization organization, String city, @JsonProperty("name_ru") String nameRu,
		@JsonProperty("name_kk") String nameKk, @JsonProperty("service_types") List<ServiceType> serviceTypes,
		@JsonProperty("takes_referrals") boolean takesReferrals, @JsonProperty("accepts_minors") boolean acceptsMinors,
		@JsonProperty("accepts_foreigners") boolean acceptsForeigners,
		@JsonProperty("gender_eligibility") String genderEligibility,
		@JsonProperty("capacity_available") Integer capacityAvailable,
		@JsonProperty("capacity_maximum") Integer capacityMaximum, List<HsdsLanguage> languages, String hours,
		boolean sample, String source, @JsonProperty("last_modified") String lastModified) {

	/** The list form: without phones and organization. */
	public static HsdsService of(ServiceRow service) {
		return of(service, null, null);
	}

	/** The full form, as one service is served and imported. */
	public static HsdsService of(ServiceRow service, List<HsdsPhone> phones, HsdsOrganization organization) {
		return new HsdsService(service.id(), service.organizationId(), service.name(), service.description(),
				service.status(), (service.assuredDate() != null) ? service.assuredDate().toString() : null, phones,
				organization, service.national() ? Topics.NATIONAL_TIER : service.citySlug(), service.nameRu(),
				service.nameKk(), service.serviceTypeList(), service.takesReferrals(), service.acceptsMinors(),
				service.acceptsForeigners(), service.genderEligibility(), service.capacityAvailable(),
				service.capacityMaximum(),
				service.languageList().stream().map((code) -> HsdsLanguage.of(service.id(), code)).toList(),
				service.hours(), service.sample(), service.source(),
				(service.lastModified() != null) ? service.lastModified().toInstant().toString() : null);
	}

}
