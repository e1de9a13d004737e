package org.senim.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * A city of the directory, published on {@code directory.changes} keyed by the city slug,
 * so consumers can find the nearest city with help, and match a city name while the
 * directory-service is unreachable.
 *
 * @param aliases other spellings people type (transliterations, old names, misspellings)
 */
public record DirectoryCityChanged(String slug, String nameEn, String nameRu, String nameKk, String region,
		double latitude, double longitude, List<String> aliases, Instant changedAt) {

	public DirectoryCityChanged {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	/** A city known by its names only. */
	public DirectoryCityChanged(String slug, String nameEn, String nameRu, String nameKk, String region,
			double latitude, double longitude, Instant changedAt) {
		this(slug, nameEn, nameRu, nameKk, region, latitude, longitude, List.of(), changedAt);
	}

}
