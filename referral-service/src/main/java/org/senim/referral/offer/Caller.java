package org.senim.referral.offer;

import java.util.UUID;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;

/** The NGO worker making a request: the organization of the token's {@code org_id}. */
public record Caller(UUID organizationId) {

	public static Caller of(Jwt token) {
		String orgId = token.getClaimAsString("org_id");
		if (orgId == null) {
			throw new NoOrganizationException();
		}
		try {
			return new Caller(UUID.fromString(orgId));
		}
		catch (IllegalArgumentException ex) {
			throw new NoOrganizationException();
		}
	}

	/** A token of an NGO worker without a usable organization. */
	static class NoOrganizationException extends ErrorResponseException {

		NoOrganizationException() {
			super(HttpStatus.FORBIDDEN, problem(), null);
		}

		private static ProblemDetail problem() {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"The token names no organization.");
			problem.setType(ProblemTypes.FORBIDDEN);
			return problem;
		}

	}

}
