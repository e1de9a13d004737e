package org.senim.local.issuer;

import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The problems of the local token endpoint, rendered as RFC 9457 problem details. */
@RestControllerAdvice
class IssuerProblems extends ResponseEntityExceptionHandler {

	static final class UnknownDemoUser extends ErrorResponseException {

		UnknownDemoUser(String userName) {
			super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Unknown demo user",
					"There is no demo user with this name; see docs/decisions.md for the demo users."), null);
			getBody().setProperty("errors", List.of(new FieldError("user", "unknown demo user")));
		}

	}

	static final class InvalidCliSecret extends ErrorResponseException {

		InvalidCliSecret() {
			super(HttpStatus.UNAUTHORIZED, problemOf(), null);
		}

		private static ProblemDetail problemOf() {
			ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "Invalid CLI secret",
					"Send the content of <data-dir>/issuer/cli-secret in the X-Senim-Cli-Secret header.");
			problem.setType(ProblemTypes.UNAUTHORIZED);
			return problem;
		}

	}

	record FieldError(String field, String message) {
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(ProblemTypes.VALIDATION);
		return problem;
	}

}
