package org.senim.gateway.tip;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.HttpStatus;

import org.senim.contracts.ProblemTypes;
import org.senim.gateway.page.PageLanguage;

/**
 * Files the answers of the tip questionnaire with the report-service, behind the breaker
 * of the tip route ({@code reports}: the pages and the API see the service the same way),
 * and says how it went in the form's terms: the receipt, or the refusals to show next to
 * the questions.
 */
public class TipFiling {

	private final TipClient client;

	private final ReactiveCircuitBreaker breaker;

	TipFiling(TipClient client, ReactiveCircuitBreaker breaker) {
		this.client = client;
		this.breaker = breaker;
	}

	/**
	 * @param language the page's language, given as the tip's
	 * @param operatorToken a hotline operator's access token (the tip is then marked
	 * operator-entered, nothing more of her), or {@code null} for an anonymous tipster
	 */
	public Mono<Filed> file(TipAnswers answers, PageLanguage language, IdempotencyKey key, String operatorToken) {
		Mono<TipClient.Answer> answer = this.client.submit(answers.toRequest(language.tag()), key, operatorToken);
		return this.breaker.run(answer, (ex) -> Mono.just(TipClient.Problem.NONE)).map(TipFiling::filed);
	}

	private static Filed filed(TipClient.Answer answer) {
		if (answer instanceof TipClient.Accepted accepted) {
			return new Receipt(groupsOf(accepted.receipt()));
		}
		TipClient.Problem problem = (TipClient.Problem) answer;
		if (problem.status() == HttpStatus.UNAUTHORIZED.value() || problem.status() == HttpStatus.FORBIDDEN.value()) {
			return new TokenRefused();
		}
		return new Refused(errorsOf(problem));
	}

	private static TipErrors errorsOf(TipClient.Problem problem) {
		if (problem.status() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			return TipErrors.limited(problem.retryAfterSeconds());
		}
		if (problem.status() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
			return TipErrors.TOO_LARGE;
		}
		Set<String> fields = new LinkedHashSet<>();
		problem.errors().forEach((error) -> fields.add(error.field()));
		boolean unknownCity = ProblemTypes.UNKNOWN_CITY.toString().equals(problem.type());
		if (unknownCity) {
			fields.add("city");
		}
		if (fields.isEmpty()) {
			// No status (the service away, the breaker open) or a refusal of no question.
			return TipErrors.UNAVAILABLE;
		}
		return new TipErrors(fields, unknownCity, problem.suggestions(), null, 0);
	}

	/** 16 digits as four groups of four, read and written like a phone number. */
	static List<String> groupsOf(String receipt) {
		String digits = receipt.replaceAll("\\D", "");
		return List.of(digits.split("(?<=\\G.{4})"));
	}

	/** How filing a tip went. */
	public sealed interface Filed {

	}

	/** Stored: the receipt, to show once, in groups of four digits. */
	public record Receipt(List<String> groups) implements Filed {

		@Override
		public String toString() {
			return "Receipt[hidden]";
		}

	}

	/** Not stored: the questions to check, or a notice for the whole form. */
	public record Refused(TipErrors errors) implements Filed {

	}

	/** The operator's token was refused (expired, or not an operator's). */
	public record TokenRefused() implements Filed {

	}

}
