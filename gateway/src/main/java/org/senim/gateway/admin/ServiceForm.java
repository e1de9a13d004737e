package org.senim.gateway.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.util.MultiValueMap;

import org.senim.contracts.codes.ServiceType;

/**
 * The service form as entered (kept when refused); {@link #toRequest()} is the body of
 * the admin API.
 *
 * @param city a city slug, or {@code national}
 * @param languages ISO 639-1 codes as typed: {@code kk, ru}
 */
record ServiceForm(String organizationId, String name, String nameRu, String nameKk, String description, String city,
		List<String> serviceTypes, boolean takesReferrals, boolean acceptsMinors, boolean acceptsForeigners,
		String genderEligibility, String hours, String languages, String source, boolean sample) {

	static final List<String> GENDERS = List.of("any", "female", "male");

	ServiceForm {
		serviceTypes = List.copyOf(serviceTypes);
	}

	/** A new service of the organization: it takes referrals unless said otherwise. */
	static ServiceForm of(OrganizationEntry organization) {
		return new ServiceForm(organization.id().toString(), "", "", "", "", "", List.of(), true, false, false, "any",
				"", "", organization.source(), organization.sample());
	}

	static ServiceForm of(ServiceEntry service) {
		return new ServiceForm(String.valueOf(service.organizationId()), service.name(), service.nameRu(),
				service.nameKk(), service.description(), service.city(),
				service.serviceTypes().stream().map(ServiceType::name).toList(), service.takesReferrals(),
				service.acceptsMinors(), service.acceptsForeigners(), service.genderEligibility(), service.hours(),
				service.languageCodes(), service.source(), service.sample());
	}

	static ServiceForm of(MultiValueMap<String, String> form) {
		List<String> types = form.getOrDefault("serviceTypes", List.of());
		return new ServiceForm(Forms.text(form, "organizationId"), Forms.text(form, "name"), Forms.text(form, "nameRu"),
				Forms.text(form, "nameKk"), Forms.text(form, "description"), Forms.text(form, "city"),
				types.stream().map(String::strip).distinct().toList(), Forms.ticked(form, "takesReferrals"),
				Forms.ticked(form, "acceptsMinors"), Forms.ticked(form, "acceptsForeigners"),
				Forms.text(form, "genderEligibility"), Forms.text(form, "hours"), Forms.text(form, "languages"),
				Forms.text(form, "source"), Forms.ticked(form, "sample"));
	}

	public boolean offers(ServiceType type) {
		return this.serviceTypes.contains(type.name());
	}

	/** The admin API's service request: the languages as a list of codes. */
	Request toRequest() {
		List<String> codes = Arrays.stream(this.languages.split("[,;\\s]+"))
			.filter((code) -> !code.isEmpty())
			.map((code) -> code.toLowerCase(Locale.ROOT))
			.toList();
		return new Request(this.organizationId, this.name, this.nameRu, this.nameKk, this.description, this.city,
				this.serviceTypes, this.takesReferrals, this.acceptsMinors, this.acceptsForeigners,
				this.genderEligibility.isEmpty() ? null : this.genderEligibility, this.hours, codes, this.source,
				this.sample);
	}

	record Request(String organizationId, String name, String nameRu, String nameKk, String description, String city,
			List<String> serviceTypes, boolean takesReferrals, boolean acceptsMinors, boolean acceptsForeigners,
			String genderEligibility, String hours, List<String> languages, String source, boolean sample) {
	}

}
