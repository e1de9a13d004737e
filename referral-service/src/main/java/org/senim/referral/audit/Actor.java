package org.senim.referral.audit;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who acts, as recorded in the audit trail: the token's subject and the role it acted in.
 */
public record Actor(String subject, String role) {

	/** The escalation policy, acting on its own when a tip arrives. */
	public static final Actor ESCALATION_POLICY = new Actor("referral-service:escalation-policy", "SYSTEM");

	static final int MAX_SUBJECT = 200;

	public Actor {
		subject = (subject == null || subject.isBlank()) ? "unknown"
				: subject.substring(0, Math.min(subject.length(), MAX_SUBJECT));
	}

	public static Actor of(Jwt token, String role) {
		return new Actor(token.getSubject(), role);
	}

}
