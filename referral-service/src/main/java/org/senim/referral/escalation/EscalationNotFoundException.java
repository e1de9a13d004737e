package org.senim.referral.escalation;

import java.util.UUID;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No escalation with this id. */
class EscalationNotFoundException extends ErrorResponseException {

	EscalationNotFoundException(UUID id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(UUID id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No escalation " + id + ".");
		problem.setType(ProblemTypes.NOT_FOUND);
		problem.setTitle("Escalation not found");
		return problem;
	}

}
