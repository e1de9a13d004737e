package org.senim.directory.hotline;

import org.senim.directory.service.ServiceRow;

/**
 * A service found by the search: its hotline entry plus where it is and whom it takes.
 *
 * @param city the city slug, {@code null} for a national service
 * @param capacityAvailable free places, {@code null} when the service does not report
 * them
 */
record ServiceEntry(Hotline service, String city, boolean takesReferrals, boolean acceptsMinors,
		boolean acceptsForeigners, String genderEligibility, Integer capacityAvailable, Integer capacityMaximum) {

	static ServiceEntry of(Hotline hotline, ServiceRow row) {
		return new ServiceEntry(hotline, row.citySlug(), row.takesReferrals(), row.acceptsMinors(),
				row.acceptsForeigners(), row.genderEligibility(), row.capacityAvailable(), row.capacityMaximum());
	}

}
