package org.senim.gateway.tip;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@code POST /api/reports} of the report-service. Every 4xx is an answer the page
 * explains; a 5xx, a time-out or a refused connection is an error for the circuit
 * breaker. The call carries the JSON body, the form's idempotency key and, for a hotline
 * operator, her token: nothing of the person's browser.
 */
class TipClient {

	private final WebClient webClient;

	TipClient(WebClient webClient) {
		this.webClient = webClient;
	}

	/**
	 * @param operatorToken the operator's access token, or {@code null} for a tipster
	 */
	Mono<Answer> submit(TipRequest tip, IdempotencyKey key, String operatorToken) {
		return this.webClient.post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			headers.set("Idempotency-Key", key.value());
			if (operatorToken != null) {
				headers.setBearerAuth(operatorToken);
			}
		}).bodyValue(tip).exchangeToMono((response) -> {
			if (response.statusCode().is2xxSuccessful()) {
				return response.bodyToMono(Accepted.class).map((accepted) -> (Answer) accepted);
			}
			return problemOrError(response).map((problem) -> (Answer) problem);
		});
	}

	private static Mono<Problem> problemOrError(ClientResponse response) {
		if (!response.statusCode().is4xxClientError()) {
			return response.createError();
		}
		int status = response.statusCode().value();
		long retryAfter = retryAfterOf(response.headers().asHttpHeaders());
		return response.bodyToMono(ProblemBody.class)
			.onErrorReturn(ProblemBody.NONE)
			.defaultIfEmpty(ProblemBody.NONE)
			.map((body) -> new Problem(status, body.type(), body.errors(), body.suggestions(), retryAfter));
	}

	private static long retryAfterOf(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		return (value != null && value.matches("\\d{1,6}")) ? Long.parseLong(value) : 0;
	}

	/** The report-service's answer to a tip. */
	sealed interface Answer {

	}

	/** The tip is stored; the receipt is shown once and never kept here. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Accepted(String reportId, String receipt, String status) implements Answer {

		@Override
		public String toString() {
			return "Accepted[reportId=" + this.reportId + ", receipt hidden]";
		}

	}

	/** A 4xx problem, with what the form needs of it; status 0 when there was none. */
	record Problem(int status, String type, List<FieldError> errors, List<TipErrors.Suggestion> suggestions,
			long retryAfterSeconds) implements Answer {

		static final Problem NONE = new Problem(0, null, null, null, 0);

		Problem {
			errors = (errors != null) ? errors : List.of();
			suggestions = (suggestions != null) ? suggestions : List.of();
		}

	}

	/** RFC 9457 problem details as the report-service writes them. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProblemBody(String type, List<FieldError> errors, List<TipErrors.Suggestion> suggestions) {

		static final ProblemBody NONE = new ProblemBody(null, null, null);

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FieldError(String field, String message) {

	}

}
