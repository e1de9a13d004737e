package org.senim.directory.hsds;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.senim.contracts.codes.ServiceType;
import org.senim.directory.service.ServiceRow;

/**
 * HSDS {@code service} with the Kazakhstan profile's extra fields: city slug, ru/kk
 * names, eligibility, capacity, service types, sample flag. {@code phones} only in the
 * full (single service) form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HsdsService(UUID id, @JsonProperty("organization_id") UUID organizationId, String name, String description,
		String status, @JsonProperty("assured_date") String assuredDate, List<HsdsPhone> phones, String city,
		@JsonProperty("name_ru") String nameRu, @JsonProperty("name_kk") String nameKk,
		@JsonProperty("service_types") List<ServiceType> serviceTypes,
		@JsonProperty("takes_referrals") boolean takesReferrals, @JsonProperty("accepts_minors") boolean acceptsMinors,
		@JsonProperty("accepts_foreigners") boolean acceptsForeigners,
		@JsonProperty("gender_eligibility") String genderEligibility,
		@JsonProperty("capacity_available") Integer capacityAvailable,
		@JsonProperty("capacity_maximum") Integer capacityMaximum, List<String> languages, String hours, boolean sample,
		String source) {

	static HsdsService of(ServiceRow service, List<HsdsPhone> phones) {
		return new HsdsService(service.id(), service.organizationId(), service.name(), service.description(),
				service.status(), (service.assuredDate() != null) ? service.assuredDate().toString() : null, phones,
				service.citySlug(), service.nameRu(), service.nameKk(), service.serviceTypeList(),
				service.takesReferrals(), service.acceptsMinors(), service.acceptsForeigners(),
				service.genderEligibility(), service.capacityAvailable(), service.capacityMaximum(),
				service.languageList(), service.hours(), service.sample(), service.source());
	}

}
