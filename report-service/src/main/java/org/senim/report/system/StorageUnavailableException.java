package org.senim.report.system;

import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The service's own infrastructure (its database, its crypto workers) is away for a
 * while, so nothing of the request was stored: 503, asking to retry soon, with the
 * national hotlines of the seed article.
 */
class StorageUnavailableException extends ErrorResponseException {

	static final String RETRY_AFTER_SECONDS = "10";

	StorageUnavailableException(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
		getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"We cannot store anything right now, so what you sent was not stored. Please try again in a few seconds. "
						+ "If someone is in danger, call the police trafficking hotline 11616 "
						+ "or the IOM hotline 8 800 080 00 15 (free of charge).");
		problem.setType(ProblemTypes.UNAVAILABLE);
		problem.setTitle("Service temporarily unavailable");
		problem.setProperty("hotlines", List.of("11616", "88000800015"));
		return problem;
	}

}
