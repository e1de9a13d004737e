package org.senim.referral.stream;

import java.time.Duration;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller's subject already holds as many open streams as it may: 429. */
class TooManyStreamsException extends ErrorResponseException {

	TooManyStreamsException(int maxPerSubject, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(maxPerSubject), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
	}

	private static ProblemDetail problem(int maxPerSubject) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"At most " + maxPerSubject + " live streams may be open at once for one account. "
						+ "Close one, or try again later.");
		problem.setType(ProblemTypes.RATE_LIMITED);
		problem.setTitle("Too many live streams");
		return problem;
	}

}
