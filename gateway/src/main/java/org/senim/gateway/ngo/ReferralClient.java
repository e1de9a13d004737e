package org.senim.gateway.ngo;

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
 * Calls the referral-service on behalf of the signed-in worker, with her access token.
 * Every 4xx is an answer (a {@link Reply} with its status) the pages explain; a 5xx, a
 * time-out or a refused connection is an error for the circuit breaker. Nothing of the
 * worker's browser is copied onto the calls.
 */
class ReferralClient {

	private static final ParameterizedTypeReference<List<ReferralView>> REFERRALS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ThreadMessage>> MESSAGES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private final WebClient api;

	private final WebClient stream;

	ReferralClient(WebClient api, WebClient stream) {
		this.api = api;
		this.stream = stream;
	}

	/**
	 * A page of the organization's referrals as the service pages them: newest first, the
	 * next page's cursor in its {@code Link: <…>; rel="next"} header.
	 * @param status the status to list, or {@code null} for all
	 * @param cursor the page's cursor, or {@code null} for the first
	 */
	Mono<Reply<Paged<ReferralView>>> list(String token, String status, String cursor, int size) {
		return this.api.get()
			.uri(Paged.request("/api/referrals", status, cursor, size))
			.headers((headers) -> headers.setBearerAuth(token))
			.exchangeToMono((response) -> {
				if (!response.statusCode().is2xxSuccessful()) {
					return refusal(response);
				}
				return response.bodyToMono(REFERRALS)
					.defaultIfEmpty(List.of())
					.map((rows) -> new Reply<>(response.statusCode().value(),
							Paged.of(rows, response.headers().asHttpHeaders())));
			});
	}

	Mono<Reply<ReferralView>> find(String token, UUID id) {
		return this.api.get()
			.uri("/api/referrals/{id}", id)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchangeToMono((response) -> reply(response, ParameterizedTypeReference.forType(ReferralView.class)));
	}

	Mono<Reply<List<ThreadMessage>>> thread(String token, UUID id) {
		return this.api.get()
			.uri("/api/referrals/{id}/messages", id)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchangeToMono((response) -> reply(response, MESSAGES));
	}

	/** Accept, decline, close or write: the body is the action's one field, if any. */
	Mono<Reply<Void>> act(String token, UUID id, CaseAction action, String text) {
		WebClient.RequestBodySpec request = this.api.post()
			.uri("/api/referrals/{id}/{action}", id, action.path())
			.headers((headers) -> headers.setBearerAuth(token));
		Record body = action.body(text);
		WebClient.RequestHeadersSpec<?> call = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : request;
		return call.exchangeToMono((response) -> {
			if (response.statusCode().is2xxSuccessful()) {
				return response.releaseBody().thenReturn(new Reply<Void>(response.statusCode().value(), null));
			}
			return refusal(response);
		});
	}

	/** The worker's live stream, resumed after {@code lastEventId} when given. */
	Flux<ServerSentEvent<String>> events(String token, String lastEventId) {
		return this.stream.get().uri("/api/referrals/stream").accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			headers.setBearerAuth(token);
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		}).retrieve().bodyToFlux(EVENTS);
	}

	private static <T> Mono<Reply<T>> reply(ClientResponse response, ParameterizedTypeReference<T> type) {
		if (response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(type).map((body) -> new Reply<>(response.statusCode().value(), body));
		}
		return refusal(response);
	}

	private static <T> Mono<Reply<T>> refusal(ClientResponse response) {
		if (!response.statusCode().is4xxClientError()) {
			return response.createError();
		}
		return response.releaseBody().thenReturn(new Reply<>(response.statusCode().value(), null));
	}

	/**
	 * The referral-service's answer: a 2xx with its body, or a 4xx without one.
	 */
	record Reply<T>(int status, T body) {

		boolean isOk() {
			return this.status >= 200 && this.status < 300;
		}

		boolean is(int expected) {
			return this.status == expected;
		}

		/** The worker's token was refused: her session no longer stands. */
		boolean isUnauthorized() {
			return this.status == 401 || this.status == 403;
		}

	}

}
