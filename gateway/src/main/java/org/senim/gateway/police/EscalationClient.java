package org.senim.gateway.police;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import org.senim.gateway.console.Paged;

/**
 * Calls the referral-service's escalation API on behalf of the signed-in liaison, with
 * her access token. A 4xx is an answer (its status); a 5xx, a time-out or a refused
 * connection is an error for the circuit breaker. Nothing of her browser is copied onto
 * the calls.
 */
class EscalationClient {

	private static final ParameterizedTypeReference<List<EscalationView>> ESCALATIONS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private final WebClient api;

	private final WebClient stream;

	EscalationClient(WebClient api, WebClient stream) {
		this.api = api;
		this.stream = stream;
	}

	/**
	 * A page of the escalations as the service pages them: newest first, the next page's
	 * cursor in its {@code Link} header.
	 * @param status {@code RAISED}, {@code ACKNOWLEDGED}, or {@code null} for both
	 * @param cursor the page's cursor, or {@code null} for the first
	 */
	Mono<Reply<Paged<EscalationView>>> list(String token, String status, String cursor, int size) {
		return this.api.get()
			.uri(Paged.request("/api/escalations", status, cursor, size))
			.headers((headers) -> headers.setBearerAuth(token))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(ESCALATIONS)
						.defaultIfEmpty(List.of())
						.map((body) -> new Reply<>(response.statusCode().value(),
								Paged.of(body, response.headers().asHttpHeaders())));
				}
				return refusal(response);
			});
	}

	Mono<Reply<Void>> acknowledge(String token, UUID id) {
		return this.api.post()
			.uri("/api/escalations/{id}/acknowledge", id)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.releaseBody().thenReturn(new Reply<Void>(response.statusCode().value(), null));
				}
				return refusal(response);
			});
	}

	/** The liaison's live stream, resumed after {@code lastEventId} when given. */
	Flux<ServerSentEvent<String>> events(String token, String lastEventId) {
		return this.stream.get()
			.uri("/api/escalations/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> {
				headers.setBearerAuth(token);
				if (lastEventId != null) {
					headers.set("Last-Event-ID", lastEventId);
				}
			})
			.retrieve()
			.bodyToFlux(EVENTS);
	}

	private static <T> Mono<Reply<T>> refusal(ClientResponse response) {
		if (!response.statusCode().is4xxClientError()) {
			return response.createError();
		}
		return response.releaseBody().thenReturn(new Reply<>(response.statusCode().value(), null));
	}

	/** The referral-service's answer: a 2xx with its body, or a 4xx without one. */
	record Reply<T>(int status, T body) {

		boolean isOk() {
			return this.status >= 200 && this.status < 300;
		}

		/** The liaison's token was refused: her session no longer stands. */
		boolean isUnauthorized() {
			return this.status == 401 || this.status == 403;
		}

	}

}
