package org.senim.gateway.help;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;

/**
 * Finds whom a person can call in their city: the directory's answer when it gives one,
 * the national hotlines when it cannot. Shares the gateway's {@code directory} breaker,
 * so the page and the API see the directory the same way.
 */
class HotlineFinder {

	private final DirectoryClient directory;

	private final ReactiveCircuitBreaker breaker;

	private final Mono<List<DirectoryClient.CityRecord>> cities;

	HotlineFinder(DirectoryClient directory, ReactiveCircuitBreaker breaker, Duration cityListLifetime) {
		this.directory = directory;
		this.breaker = breaker;
		// The city list changes rarely; a failure is not kept, so the next page asks
		// again. Behind the breaker too: while the directory hangs, no page waits for it.
		this.cities = Mono.defer(() -> breaker.run(directory.cities(), Mono::error))
			.cache((list) -> cityListLifetime, (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/** The cities for the city field's suggestions; none while the directory is away. */
	Mono<List<CityOption>> cityOptions(String lang) {
		return cities().map((list) -> list.stream()
			.map((city) -> new CityOption(city.slug(), city.name(lang)))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList());
	}

	Mono<HelpResult> find(String city, String lang) {
		Mono<HelpResult> lookup = this.directory.hotlines(city, lang)
			.flatMap((answer) -> (answer instanceof DirectoryClient.Lookup.Found found)
					? withEligibility(found.hotlines(), lang)
					: suggestionsFor(city, ((DirectoryClient.Lookup.Unknown) answer).suggestions(), lang));
		return this.breaker.run(lookup, (ex) -> Mono.just(new HelpResult.DirectoryAway()));
	}

	private Mono<HelpResult> withEligibility(DirectoryClient.HotlineList hotlines, String lang) {
		// Eligibility only adds to the answer: without it the numbers are still shown.
		return this.directory.services(hotlines.city().slug(), lang)
			.map((services) -> services.stream()
				.collect(Collectors.toMap((service) -> service.service().id(), Function.identity(), (a, b) -> a)))
			.onErrorReturn(Map.of())
			.map((byId) -> new HelpResult.Found(hotlines.city().name(lang), cards(hotlines.local(), byId)));
	}

	private Mono<HelpResult> suggestionsFor(String typed, List<DirectoryClient.Suggestion> suggestions, String lang) {
		return cities().map((list) -> {
			Map<String, String> names = list.stream()
				.collect(Collectors.toMap(DirectoryClient.CityRecord::slug, (c) -> c.name(lang), (a, b) -> a));
			return new HelpResult.UnknownCity(typed,
					suggestions.stream()
						.map((s) -> new CityOption(s.slug(), names.getOrDefault(s.slug(), s.name())))
						.toList());
		});
	}

	private Mono<List<DirectoryClient.CityRecord>> cities() {
		return this.cities.onErrorReturn(List.of());
	}

	private static List<ServiceCard> cards(List<DirectoryClient.Hotline> hotlines,
			Map<String, DirectoryClient.SearchedService> byId) {
		if (hotlines == null) {
			return List.of();
		}
		return hotlines.stream().map((hotline) -> ServiceCard.of(hotline, byId.get(hotline.id()))).toList();
	}

	record CityOption(String slug, String name) {
	}

}
