package org.senim.report.intake;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A signed-in caller without role HOTLINE_OPERATOR tried to file a tip: 403. */
class OperatorRequiredException extends ErrorResponseException {

	OperatorRequiredException() {
		super(HttpStatus.FORBIDDEN, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Only hotline operators file tips while signed in. Tipsters send tips without signing in.");
		problem.setType(ProblemTypes.FORBIDDEN);
		problem.setTitle("Forbidden");
		return problem;
	}

}
