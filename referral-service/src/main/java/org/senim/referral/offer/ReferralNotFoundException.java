package org.senim.referral.offer;

import java.util.UUID;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No referral with this id for the caller. Another organization's referral is reported
 * the same way, so ids of other organizations' cases reveal nothing.
 */
class ReferralNotFoundException extends ErrorResponseException {

	ReferralNotFoundException(UUID id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(UUID id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No referral " + id + ".");
		problem.setType(ProblemTypes.NOT_FOUND);
		problem.setTitle("Referral not found");
		return problem;
	}

}
