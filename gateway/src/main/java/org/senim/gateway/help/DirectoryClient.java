package org.senim.gateway.help;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reads the directory-service for the help page. Only "no such city" is an answer; every
 * other failure is an error for the circuit breaker.
 */
class DirectoryClient {

	private final WebClient webClient;

	DirectoryClient(WebClient webClient) {
		this.webClient = webClient;
	}

	Mono<Lookup> hotlines(String city, String lang) {
		return this.webClient.get()
			.uri((uri) -> uri.path("/api/directory/hotlines")
				.queryParam("city", "{city}")
				.queryParam("lang", "{lang}")
				.build(city, lang))
			.exchangeToMono(DirectoryClient::readHotlines);
	}

	/** Whom each service of a city takes, by service id. */
	Mono<List<SearchedService>> services(String citySlug, String lang) {
		return this.webClient.get()
			.uri((uri) -> uri.path("/api/directory/services")
				.queryParam("city", "{city}")
				.queryParam("lang", "{lang}")
				.build(citySlug, lang))
			.retrieve()
			.bodyToFlux(SearchedService.class)
			.collectList();
	}

	Mono<List<CityRecord>> cities() {
		return this.webClient.get().uri("/api/directory/cities").retrieve().bodyToFlux(CityRecord.class).collectList();
	}

	private static Mono<Lookup> readHotlines(ClientResponse response) {
		if (response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(HotlineList.class).map(Lookup.Found::new);
		}
		if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return response.bodyToMono(UnknownCity.class)
				.map((problem) -> (Lookup) new Lookup.Unknown(
						(problem.suggestions() != null) ? problem.suggestions() : List.of()))
				.defaultIfEmpty(new Lookup.Unknown(List.of()));
		}
		return response.createError();
	}

	/** The answer of a hotline look-up. */
	sealed interface Lookup {

		record Found(HotlineList hotlines) implements Lookup {
		}

		record Unknown(List<Suggestion> suggestions) implements Lookup {
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record HotlineList(CityRecord city, List<Hotline> national, List<Hotline> local) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CityRecord(String slug, Map<String, String> names) {

		String name(String lang) {
			return (this.names != null) ? this.names.getOrDefault(lang, this.slug) : this.slug;
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Hotline(String id, String name, String organization, String phone, String dial, Boolean free, String hours,
			List<String> languages, List<String> serviceTypes, boolean sample, boolean stale) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SearchedService(Hotline service, boolean acceptsMinors, boolean acceptsForeigners,
			String genderEligibility) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record UnknownCity(List<Suggestion> suggestions) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Suggestion(String slug, String name) {
	}

}
