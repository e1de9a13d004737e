package org.senim.directory.city;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;

/**
 * Finds the city a person means from whatever they typed: a slug, a name in en/ru/kk, an
 * old name, a transliteration or a misspelling. Immutable; built from the directory's
 * cities at startup.
 */
public final class CityResolver {

	private static final int MAX_DISTANCE = 3;

	private final List<Spelling> spellings;

	public CityResolver(List<KnownCity> cities) {
		this.spellings = cities.stream().flatMap(CityResolver::spellingsOf).toList();
	}

	/** The one city the text names, if it is close enough to exactly one city. */
	public Optional<City> resolve(String text) {
		String key = CitySpelling.key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		List<Candidate> ranked = rank(key, CitySpelling::distance);
		if (ranked.isEmpty()) {
			return Optional.empty();
		}
		Candidate best = ranked.get(0);
		boolean unique = ranked.size() == 1 || ranked.get(1).distance() > best.distance();
		return (best.distance() <= tolerance(key) && unique) ? Optional.of(best.city()) : Optional.empty();
	}

	/**
	 * The cities whose spellings come closest to the text, closest first; a spelling that
	 * starts like the text counts as close, so "Taldy" suggests Taldykorgan.
	 */
	public List<City> closest(String text, int limit) {
		return rank(CitySpelling.key(text), CityResolver::prefixOrFullDistance).stream()
			.limit(limit)
			.map(Candidate::city)
			.toList();
	}

	private static int prefixOrFullDistance(String key, String spelling) {
		String prefix = spelling.substring(0, Math.min(spelling.length(), key.length()));
		return Math.min(CitySpelling.distance(key, spelling), CitySpelling.distance(key, prefix));
	}

	/** Every city once, with its smallest distance to the key, closest first. */
	private List<Candidate> rank(String key, ToIntBiFunction<String, String> distanceOf) {
		Map<String, Candidate> bestPerCity = new LinkedHashMap<>();
		for (Spelling spelling : this.spellings) {
			int distance = distanceOf.applyAsInt(key, spelling.key());
			bestPerCity.merge(spelling.city().slug(), new Candidate(spelling.city(), distance),
					(a, b) -> (b.distance() < a.distance()) ? b : a);
		}
		List<Candidate> ranked = new ArrayList<>(bestPerCity.values());
		ranked.sort(Comparator.comparingInt(Candidate::distance));
		return ranked;
	}

	/** Edits allowed: one per three letters typed, at least one, at most three. */
	private static int tolerance(String key) {
		return Math.max(1, Math.min(MAX_DISTANCE, key.length() / 3));
	}

	private static Stream<Spelling> spellingsOf(KnownCity known) {
		City city = known.city();
		return Stream
			.concat(Stream.of(city.slug(), city.names().en(), city.names().ru(), city.names().kk()),
					known.aliases().stream())
			.map(CitySpelling::key)
			.filter((key) -> !key.isEmpty())
			.distinct()
			.map((key) -> new Spelling(key, city));
	}

	private record Spelling(String key, City city) {

	}

	private record Candidate(City city, int distance) {

	}

}
