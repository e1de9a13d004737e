package org.senim.directory.system;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The requested entity does not exist: 404. */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, problem(what), null);
	}

	private static ProblemDetail problem(String what) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No " + what + " of the directory has this id.");
		problem.setType(ProblemTypes.NOT_FOUND);
		problem.setTitle("Not found");
		return problem;
	}

}
