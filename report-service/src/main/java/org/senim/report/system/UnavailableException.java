package org.senim.report.system;

import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A part the service needs is away for a while, so nothing of the request was stored: 503
 * with {@code Retry-After}, what happened, and the national hotlines of the seed article.
 */
public abstract class UnavailableException extends ErrorResponseException {

	protected UnavailableException(String whatHappened, String retryAfterSeconds, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(whatHappened), cause);
		getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
	}

	private static ProblemDetail problem(String whatHappened) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				whatHappened + " If someone is in danger, call the police trafficking hotline 11616 "
						+ "or the IOM hotline 8 800 080 00 15 (free of charge).");
		problem.setType(ProblemTypes.UNAVAILABLE);
		problem.setTitle("Service temporarily unavailable");
		problem.setProperty("hotlines", List.of("11616", "88000800015"));
		return problem;
	}

}
