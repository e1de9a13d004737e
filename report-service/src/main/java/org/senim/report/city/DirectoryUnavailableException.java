package org.senim.report.city;

import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Neither the directory nor the local replica could confirm the city, so the tip was not
 * stored: 503, asking to retry, with the national hotlines of the seed article.
 */
public class DirectoryUnavailableException extends ErrorResponseException {

	static final String RETRY_AFTER_SECONDS = "30";

	public DirectoryUnavailableException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"We cannot confirm the city right now, so your tip was not stored. Please try again in a few minutes. "
						+ "If someone is in danger, call the police trafficking hotline 11616 "
						+ "or the IOM hotline 8 800 080 00 15 (free of charge).");
		problem.setType(ProblemTypes.UNAVAILABLE);
		problem.setTitle("Service temporarily unavailable");
		problem.setProperty("hotlines", List.of("11616", "88000800015"));
		return problem;
	}

}
