package org.senim.gateway.ngo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import org.senim.gateway.ngo.ReferralClient.Reply;

/**
 * Calls the directory-service on behalf of the signed-in worker, with her access token:
 * her organization's own services and their places. As in {@link ReferralClient}, a 4xx
 * is an answer the page explains (a 400 with the fields it refused); a 5xx, a time-out or
 * a refused connection is an error for the circuit breaker.
 */
class DirectoryClient {

	private static final ParameterizedTypeReference<List<OwnService>> SERVICES = new ParameterizedTypeReference<>() {
	};

	private final WebClient api;

	DirectoryClient(WebClient api) {
		this.api = api;
	}

	Mono<Reply<List<OwnService>>> services(String token) {
		return this.api.get()
			.uri("/api/directory/ngo/services")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(SERVICES)
						.map((body) -> new Reply<>(response.statusCode().value(), body));
				}
				return refusal(response, List.<OwnService>of());
			});
	}

	/** The fields of a 400 are named in {@link Reply#body()}; other answers have none. */
	Mono<Reply<Set<String>>> setCapacity(String token, UUID id, Capacity capacity) {
		return this.api.put()
			.uri("/api/directory/ngo/services/{id}/capacity", id)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(capacity)
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.releaseBody()
						.thenReturn(new Reply<Set<String>>(response.statusCode().value(), Set.of()));
				}
				if (response.statusCode().value() == 400) {
					return response.bodyToMono(Problem.class)
						.map(Problem::fields)
						.defaultIfEmpty(Set.of())
						.onErrorReturn(Set.of())
						.map((fields) -> new Reply<>(400, fields));
				}
				return refusal(response, Set.<String>of());
			});
	}

	private static <T> Mono<Reply<T>> refusal(ClientResponse response, T none) {
		if (!response.statusCode().is4xxClientError()) {
			return response.createError();
		}
		return response.releaseBody().thenReturn(new Reply<>(response.statusCode().value(), none));
	}

	/** The body of a capacity update. */
	record Capacity(int available, int maximum) {
	}

	/**
	 * The directory's 400 problem: only the field names are used (its words are English).
	 */
	record Problem(List<FieldError> errors) {

		Set<String> fields() {
			return (this.errors != null)
					? this.errors.stream().map(FieldError::field).filter((f) -> f != null).collect(Collectors.toSet())
					: Set.of();
		}

	}

	record FieldError(String field, String message) {
	}

}
