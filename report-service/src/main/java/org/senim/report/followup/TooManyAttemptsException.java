package org.senim.report.followup;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import org.senim.contracts.ProblemTypes;

/** A receipt was tried too often: 429 with {@code Retry-After}. */
class TooManyAttemptsException extends ErrorResponseException {

	TooManyAttemptsException(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(retryAfterSeconds), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
	}

	private static ProblemDetail problem(long retryAfterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"This receipt was tried too often. Please wait " + retryAfterSeconds + " seconds.");
		problem.setType(ProblemTypes.RATE_LIMITED);
		problem.setTitle("Too many attempts");
		return problem;
	}

}
