package org.senim.directory.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.senim.contracts.Topics;
import org.senim.contracts.codes.ServiceType;
import org.senim.directory.service.ServiceRow;

/**
 * A service as an administrator creates or replaces it.
 *
 * @param city a known city slug, or {@code national} for a service offered everywhere
 * @param serviceTypes codes of {@link ServiceType}, at least one
 * @param genderEligibility {@code any} (default), {@code female} or {@code male}
 * @param languages ISO 639-1 codes
 */
record ServiceRequest(String organizationId, String name, String nameRu, String nameKk, String description, String city,
		List<String> serviceTypes, Boolean takesReferrals, Boolean acceptsMinors, Boolean acceptsForeigners,
		String genderEligibility, String hours, List<String> languages, String source, Boolean sample) {

	private static final Set<String> GENDERS = Set.of("any", "female", "male");

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final Set<String> TYPES = Arrays.stream(ServiceType.values())
		.map(ServiceType::name)
		.collect(Collectors.toSet());

	/**
	 * @throws org.senim.directory.system.InvalidRequestException if a field is invalid
	 */
	void validate(Set<String> citySlugs) {
		RequestErrors errors = new RequestErrors().required("name", this.name, 300)
			.optional("nameRu", this.nameRu, 300)
			.optional("nameKk", this.nameKk, 300)
			.optional("description", this.description, 2000)
			.optional("hours", this.hours, 200)
			.required("source", this.source, 500)
			.required("organizationId", this.organizationId, 36);
		if (this.organizationId != null && !this.organizationId.isBlank() && organization() == null) {
			errors.add("organizationId", "must be a UUID");
		}
		if (this.city == null || this.city.isBlank()) {
			errors.add("city", "must not be blank");
		}
		else if (!Topics.NATIONAL_TIER.equals(this.city) && !citySlugs.contains(this.city)) {
			errors.add("city", "must be the slug of a known city or " + Topics.NATIONAL_TIER);
		}
		if (this.serviceTypes == null || this.serviceTypes.isEmpty()) {
			errors.add("serviceTypes", "must list at least one service type");
		}
		else {
			for (int i = 0; i < this.serviceTypes.size(); i++) {
				if (!TYPES.contains(this.serviceTypes.get(i))) {
					errors.add("serviceTypes[" + i + "]", "must be one of " + TYPES.stream().sorted().toList());
				}
			}
		}
		if (this.genderEligibility != null && !GENDERS.contains(this.genderEligibility)) {
			errors.add("genderEligibility", "must be one of any, female, male");
		}
		if (this.languages != null) {
			for (int i = 0; i < this.languages.size(); i++) {
				if (this.languages.get(i) == null || !LANGUAGES.contains(this.languages.get(i))) {
					errors.add("languages[" + i + "]", "must be an ISO 639-1 code in lower case");
				}
			}
			if (String.join(",", this.languages).length() > 100) {
				errors.add("languages", "must be at most 100 characters when joined");
			}
		}
		errors.throwIfAny();
	}

	/** The organization's id, {@code null} if the text is no UUID. */
	UUID organization() {
		try {
			return UUID.fromString(this.organizationId.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The new state; status, capacity and assured date are kept from the current one. */
	ServiceRow toRow(UUID id, ServiceRow current) {
		return new ServiceRow(id, organization(), this.name.strip(), OrganizationRequest.blankToNull(this.nameRu),
				OrganizationRequest.blankToNull(this.nameKk), OrganizationRequest.blankToNull(this.description),
				Topics.NATIONAL_TIER.equals(this.city) ? null : this.city, ServiceRow.ACTIVE,
				Boolean.TRUE.equals(this.takesReferrals), Boolean.TRUE.equals(this.acceptsMinors),
				Boolean.TRUE.equals(this.acceptsForeigners),
				(this.genderEligibility != null) ? this.genderEligibility : "any",
				(current != null) ? current.capacityAvailable() : null,
				(current != null) ? current.capacityMaximum() : null,
				(current != null) ? current.capacityUpdated() : null, String.join(",", this.serviceTypes),
				Boolean.TRUE.equals(this.sample), this.source.strip(), (current != null) ? current.assuredDate() : null,
				OrganizationRequest.blankToNull(this.hours),
				(this.languages == null || this.languages.isEmpty()) ? null : String.join(",", this.languages),
				(current != null) ? current.lastModified() : null);
	}

}
