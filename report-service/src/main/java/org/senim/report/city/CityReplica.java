package org.senim.report.city;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.senim.contracts.events.DirectoryCityChanged;

import org.springframework.stereotype.Component;

/**
 * The cities last seen on {@code directory.changes}, kept in memory (the compacted topic
 * is read again from the start on every boot). Resolves tips while the directory-service
 * is down, by slug, name or one of the aliases the directory publishes; the directory's
 * fuzzy matching of misspellings is not repeated here.
 */
@Component
class CityReplica {

	private final Map<String, Known> cities = new ConcurrentHashMap<>();

	void remember(DirectoryCityChanged change) {
		City city = new City(change.slug(), new City.Names(change.nameEn(), change.nameRu(), change.nameKk()),
				change.region(), change.latitude(), change.longitude());
		Set<String> keys = Stream
			.concat(Stream.of(change.slug(), change.nameEn(), change.nameRu(), change.nameKk()),
					change.aliases().stream())
			.map(CityKey::of)
			.filter((key) -> !key.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		this.cities.put(change.slug(), new Known(city, keys));
	}

	void forget(String slug) {
		if (slug != null) {
			this.cities.remove(slug);
		}
	}

	Optional<City> match(String query) {
		String key = CityKey.of(query);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return this.cities.values().stream().filter((known) -> known.keys().contains(key)).map(Known::city).findFirst();
	}

	int size() {
		return this.cities.size();
	}

	private record Known(City city, Set<String> keys) {
	}

}
