package org.senim.report.system;

import java.net.URI;
import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request refused for its content: a 4xx problem with an {@code errors} list. */
public class InvalidInputException extends ErrorResponseException {

	private final List<FieldViolation> errors;

	public InvalidInputException(HttpStatusCode status, URI type, String title, List<FieldViolation> errors) {
		super(status, problem(status, type, title, errors), null);
		this.errors = List.copyOf(errors);
	}

	/** A 400 validation problem naming the refused fields. */
	public static InvalidInputException validation(List<FieldViolation> errors) {
		return new InvalidInputException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request content",
				errors);
	}

	/** A 400 problem for a body that is not readable JSON of the expected shape. */
	public static InvalidInputException malformed(String field, String message) {
		return new InvalidInputException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
				List.of(new FieldViolation(field, message)));
	}

	public List<FieldViolation> errors() {
		return this.errors;
	}

	private static ProblemDetail problem(HttpStatusCode status, URI type, String title, List<FieldViolation> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The request was refused; see errors for each field.");
		problem.setType(type);
		problem.setTitle(title);
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

}
