package org.senim.referral.escalation;

import java.util.UUID;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The escalation was already acknowledged. */
class EscalationAcknowledgedException extends ErrorResponseException {

	EscalationAcknowledgedException(UUID id) {
		super(HttpStatus.CONFLICT, problem(id), null);
	}

	private static ProblemDetail problem(UUID id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Escalation " + id + " was already acknowledged.");
		problem.setType(ProblemTypes.CONFLICT);
		problem.setTitle("Escalation already acknowledged");
		return problem;
	}

}
