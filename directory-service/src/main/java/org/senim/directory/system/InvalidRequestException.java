package org.senim.directory.system;

import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request parameter failed validation: 400 with an {@code errors} list. */
public class InvalidRequestException extends ErrorResponseException {

	public InvalidRequestException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public InvalidRequestException(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
	}

	private static ProblemDetail problem(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

	/** One invalid field of a request. */
	public record FieldError(String field, String message) {

	}

}
