package org.senim.report.datakey;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The report has no data key: it expired and was shredded, or never existed. 404, the
 * same for both, so the answer says nothing about which reports once existed.
 */
class DataKeyGoneException extends ErrorResponseException {

	DataKeyGoneException() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No data key for this report: it expired and its text can no longer be opened, or it never existed.");
		problem.setType(ProblemTypes.NOT_FOUND);
		problem.setTitle("Data key not found");
		return problem;
	}

}
