package org.senim.referral.system;

import java.util.List;
import java.util.Map;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter with a value the API does not know. */
public class InvalidQueryException extends ErrorResponseException {

	public InvalidQueryException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, problem(field, message), null);
	}

	private static ProblemDetail problem(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle("Validation failed");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}
