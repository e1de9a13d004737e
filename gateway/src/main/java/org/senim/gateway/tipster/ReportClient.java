package org.senim.gateway.tipster;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Calls the report-service for the tipster's pages. Every 4xx is an answer the page
 * explains; a 5xx, a time-out or a refused connection is an error for the circuit
 * breaker. The calls carry the JSON body and, for tips, the form's idempotency key:
 * nothing of the person's browser.
 */
class ReportClient {

	private final WebClient webClient;

	ReportClient(WebClient webClient) {
		this.webClient = webClient;
	}

	Mono<Submission> submit(TipRequest tip, String idempotencyKey) {
		return this.webClient.post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			if (idempotencyKey != null) {
				headers.set("Idempotency-Key", idempotencyKey);
			}
		}).bodyValue(tip).exchangeToMono((response) -> {
			if (response.statusCode().is2xxSuccessful()) {
				return response.bodyToMono(Accepted.class).map((accepted) -> (Submission) accepted);
			}
			return answerOrError(response).map((problem) -> (Submission) problem);
		});
	}

	Mono<MailboxAnswer> followUp(String receipt) {
		return this.webClient.post()
			.uri("/api/reports/followup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new ReceiptRequest(receipt))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(Mailbox.class).map((mailbox) -> (MailboxAnswer) mailbox);
				}
				return answerOrError(response).map((problem) -> (MailboxAnswer) problem);
			});
	}

	Mono<MailboxAnswer> write(String receipt, String text) {
		return this.webClient.post()
			.uri("/api/reports/followup/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new MessageRequest(receipt, text))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.releaseBody().thenReturn((MailboxAnswer) new Written());
				}
				return answerOrError(response).map((problem) -> (MailboxAnswer) problem);
			});
	}

	private static Mono<Refused> answerOrError(ClientResponse response) {
		if (!response.statusCode().is4xxClientError()) {
			return response.createError();
		}
		int status = response.statusCode().value();
		long retryAfter = retryAfterOf(response.headers().asHttpHeaders());
		return response.bodyToMono(Problem.class)
			.onErrorReturn(Problem.NONE)
			.defaultIfEmpty(Problem.NONE)
			.map((problem) -> new Refused(status, problem.type(),
					(problem.errors() != null) ? problem.errors() : List.of(),
					(problem.suggestions() != null) ? problem.suggestions() : List.of(), retryAfter));
	}

	private static long retryAfterOf(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		return (value != null && value.matches("\\d{1,6}")) ? Long.parseLong(value) : 0;
	}

	/** The answer to a tip. */
	sealed interface Submission {

	}

	/** The answer of the mailbox. */
	sealed interface MailboxAnswer {

	}

	/**
	 * The tip is stored; the receipt is shown once and never kept here.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Accepted(String reportId, String receipt, String status) implements Submission {

		@Override
		public String toString() {
			return "Accepted[reportId=" + this.reportId + ", receipt hidden]";
		}

	}

	/** A 4xx problem of the report-service, with what the page needs of it. */
	record Refused(int status, String type, List<FieldError> errors, List<Suggestion> suggestions,
			long retryAfterSeconds) implements Submission, MailboxAnswer {

		boolean isStatus(HttpStatus expected) {
			return this.status == expected.value();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Mailbox(String reportId, String status, List<HistoryEntry> history,
			List<Message> messages) implements MailboxAnswer {

		Mailbox {
			history = (history != null) ? history : List.of();
			messages = (messages != null) ? messages : List.of();
		}

	}

	record Written() implements MailboxAnswer {

	}

	/** The report-service did not answer in time, or the breaker is open. */
	record Unavailable() implements Submission, MailboxAnswer {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record HistoryEntry(String status, Instant at) {

	}

	/** {@code from} is {@code TIPSTER} or {@code CASEWORKER}. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Message(String from, String text, Instant at) {

		public boolean fromCaseworker() {
			return "CASEWORKER".equals(this.from);
		}

		@Override
		public String toString() {
			return "Message[from=" + this.from + "]";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Problem(String type, List<FieldError> errors, List<Suggestion> suggestions) {

		static final Problem NONE = new Problem(null, null, null);

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FieldError(String field, String message) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Suggestion(String slug, String name) {

	}

	record ReceiptRequest(String receipt) {

		@Override
		public String toString() {
			return "ReceiptRequest[hidden]";
		}

	}

	record MessageRequest(String receipt, String text) {

		@Override
		public String toString() {
			return "MessageRequest[hidden]";
		}

	}

}
