package org.senim.gateway.help;

import java.util.List;

/**
 * One service as the help page shows it. {@code eligibility} is {@code null} when the
 * directory's search did not answer.
 */
record ServiceCard(String name, String organization, String phone, String dial, boolean free, String hours,
		List<String> languages, List<String> serviceTypes, boolean sample, boolean stale, Eligibility eligibility) {

	static ServiceCard of(DirectoryClient.Hotline hotline, DirectoryClient.SearchedService searched) {
		Eligibility eligibility = (searched != null)
				? new Eligibility(searched.acceptsMinors(), searched.acceptsForeigners(), searched.genderEligibility())
				: null;
		return new ServiceCard(hotline.name(), hotline.organization(), hotline.phone(), hotline.dial(),
				Boolean.TRUE.equals(hotline.free()), hotline.hours(),
				(hotline.languages() != null) ? hotline.languages() : List.of(),
				(hotline.serviceTypes() != null) ? hotline.serviceTypes() : List.of(), hotline.sample(),
				hotline.stale(), eligibility);
	}

	/**
	 * Whom the service takes; {@code gender} is {@code any}, {@code female} or
	 * {@code male}.
	 */
	record Eligibility(boolean minors, boolean foreigners, String gender) {
	}

}
