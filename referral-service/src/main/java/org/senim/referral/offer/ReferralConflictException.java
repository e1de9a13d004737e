package org.senim.referral.offer;

import java.util.UUID;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The referral is no longer open for this decision, e.g. it was already accepted. */
class ReferralConflictException extends ErrorResponseException {

	ReferralConflictException(UUID id, ReferralStatus current) {
		super(HttpStatus.CONFLICT, problem(id, current), null);
	}

	private static ProblemDetail problem(UUID id, ReferralStatus current) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Referral " + id + " is " + current + ", no longer offered.");
		problem.setType(ProblemTypes.CONFLICT);
		problem.setTitle("Referral already answered");
		return problem;
	}

}
