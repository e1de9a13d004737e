package org.senim.referral.offer;

import java.util.UUID;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The referral is not in the status this action needs, e.g. it was already accepted, or a
 * case is closed that was never accepted.
 */
class ReferralConflictException extends ErrorResponseException {

	ReferralConflictException(UUID id, ReferralStatus current) {
		super(HttpStatus.CONFLICT, problem(id, current), null);
	}

	private static ProblemDetail problem(UUID id, ReferralStatus current) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Referral " + id + " is " + current + "; that is not possible now.");
		problem.setType(ProblemTypes.CONFLICT);
		problem.setTitle("Referral in another status");
		return problem;
	}

}
