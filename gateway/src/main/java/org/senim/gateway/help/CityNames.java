package org.senim.gateway.help;

import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

/**
 * The directory's names of its cities in a page's language, by slug, for pages outside
 * the help feature (the NGO dashboard says in words which city a tip is about). The
 * hotline finder's city list, so no page asks the directory twice; empty while the
 * directory is away, and a page then shows the slug.
 */
public class CityNames {

	private final HotlineFinder finder;

	CityNames(HotlineFinder finder) {
		this.finder = finder;
	}

	public Mono<Map<String, String>> in(String lang) {
		return this.finder.cityOptions(lang)
			.map((cities) -> cities.stream()
				.collect(Collectors.toMap(HotlineFinder.CityOption::slug, HotlineFinder.CityOption::name,
						(first, second) -> first)));
	}

}
