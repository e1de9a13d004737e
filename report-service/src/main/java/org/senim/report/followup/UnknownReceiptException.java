package org.senim.report.followup;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No report has this receipt (or it was mistyped): 404, saying no more. */
class UnknownReceiptException extends ErrorResponseException {

	UnknownReceiptException() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No tip has this receipt. Check the 16 digits and try again.");
		problem.setType(ProblemTypes.NOT_FOUND);
		problem.setTitle("Unknown receipt");
		return problem;
	}

}
