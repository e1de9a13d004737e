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
 * Calls the report-service for the tipster's mailbox (tips are filed by
 * {@code tip.TipFiling}). Every 4xx is an answer the page explains; a 5xx, a time-out or
 * a refused connection is an error for the circuit breaker. The calls carry the JSON
 * body: nothing of the person's browser.
 */
class ReportClient {

	private final WebClient webClient;

	ReportClient(WebClient webClient) {
		this.webClient = webClient;
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
		return response.releaseBody().thenReturn(new Refused(status, retryAfter));
	}

	private static long retryAfterOf(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		return (value != null && value.matches("\\d{1,6}")) ? Long.parseLong(value) : 0;
	}

	/** The answer of the mailbox. */
	sealed interface MailboxAnswer {

	}

	/** A 4xx of the report-service: which, and when to try again if it says. */
	record Refused(int status, long retryAfterSeconds) implements MailboxAnswer {

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
	record Unavailable() implements MailboxAnswer {

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
