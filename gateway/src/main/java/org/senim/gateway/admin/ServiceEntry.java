package org.senim.gateway.admin;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.senim.contracts.codes.ServiceType;

/**
 * A service as the HSDS read API serves it, with the Kazakhstan profile's fields;
 * {@code phones} only in the full form of one service.
 *
 * @param city a city slug, or {@code national}
 * @param genderEligibility {@code any}, {@code female} or {@code male}
 * @param assuredDate the day someone last checked its details ({@code null}: never)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ServiceEntry(UUID id, @JsonProperty("organization_id") UUID organizationId, String name, String description,
		String status, @JsonProperty("assured_date") String assuredDate, List<Phone> phones, String city,
		@JsonProperty("name_ru") String nameRu, @JsonProperty("name_kk") String nameKk,
		@JsonProperty("service_types") List<ServiceType> serviceTypes,
		@JsonProperty("takes_referrals") boolean takesReferrals, @JsonProperty("accepts_minors") boolean acceptsMinors,
		@JsonProperty("accepts_foreigners") boolean acceptsForeigners,
		@JsonProperty("gender_eligibility") String genderEligibility,
		@JsonProperty("capacity_available") Integer capacityAvailable,
		@JsonProperty("capacity_maximum") Integer capacityMaximum, List<Language> languages, String hours,
		boolean sample, String source) {

	ServiceEntry {
		phones = (phones != null) ? List.copyOf(phones) : List.of();
		serviceTypes = (serviceTypes != null) ? List.copyOf(serviceTypes) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		genderEligibility = (genderEligibility != null) ? genderEligibility : "any";
	}

	public boolean isActive() {
		return !"inactive".equals(this.status);
	}

	public boolean isNational() {
		return "national".equals(this.city);
	}

	public boolean hasCapacity() {
		return this.capacityAvailable != null && this.capacityMaximum != null;
	}

	/** The languages' codes, as the form shows them: {@code kk, ru}. */
	public String languageCodes() {
		return String.join(", ", this.languages.stream().map(Language::code).toList());
	}

	/** HSDS {@code phone}: {@code display} is the number as written. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Phone(UUID id, String number, String display, @JsonProperty("free_of_charge") boolean freeOfCharge) {

		public String shown() {
			return (this.display != null) ? this.display : this.number;
		}

	}

	/** HSDS {@code language}: only its ISO 639-1 code is read. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Language(String code) {
	}

}
