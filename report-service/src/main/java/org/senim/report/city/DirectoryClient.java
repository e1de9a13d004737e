package org.senim.report.city;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Calls {@code GET /api/directory/cities/resolve?q=}. Only 404 is an answer ("no such
 * city"); every other failure is an error for the circuit breaker.
 */
class DirectoryClient {

	private final WebClient webClient;

	DirectoryClient(WebClient webClient) {
		this.webClient = webClient;
	}

	Mono<CityLookup> resolve(String query) {
		return this.webClient.get()
			.uri((uri) -> uri.path("/api/directory/cities/resolve").queryParam("q", "{q}").build(query))
			.exchangeToMono(this::readLookup);
	}

	private Mono<CityLookup> readLookup(ClientResponse response) {
		if (response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(City.class)
				.filter(DirectoryClient::isComplete)
				.map((city) -> (CityLookup) new CityLookup.Found(city))
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("Directory answered without a city")));
		}
		if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return response.bodyToMono(NotFoundProblem.class)
				.map((problem) -> (CityLookup) new CityLookup.Unknown(problem.suggestions()))
				.defaultIfEmpty(new CityLookup.Unknown(List.of()));
		}
		return response.createError();
	}

	private static boolean isComplete(City city) {
		return city.slug() != null && !city.slug().isBlank() && city.names() != null;
	}

	/** The part of the directory's 404 problem we pass on. */
	record NotFoundProblem(List<CitySuggestion> suggestions) {

	}

}
