package org.senim.report.city;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.senim.contracts.events.DirectoryCityChanged;

import org.springframework.stereotype.Component;

/**
 * The cities last seen on {@code directory.changes}, kept in memory (the compacted topic
 * is read again from the start on every boot). Resolves tips while the directory-service
 * is down; it knows slugs and names, not the directory's misspellings.
 */
@Component
class CityReplica {

	private final Map<String, City> cities = new ConcurrentHashMap<>();

	void remember(DirectoryCityChanged change) {
		this.cities.put(change.slug(),
				new City(change.slug(), new City.Names(change.nameEn(), change.nameRu(), change.nameKk()),
						change.region(), change.latitude(), change.longitude()));
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
		return this.cities.values().stream().filter((city) -> keysOf(city).anyMatch(key::equals)).findFirst();
	}

	int size() {
		return this.cities.size();
	}

	private static Stream<String> keysOf(City city) {
		City.Names names = city.names();
		return Stream.of(city.slug(), names.en(), names.ru(), names.kk()).map(CityKey::of);
	}

}
