package org.senim.report.intake;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who files a tip: the tipster, anonymously (no token), or a hotline operator for a
 * caller (a valid token with role {@code HOTLINE_OPERATOR}). Any other signed-in caller
 * is refused (403); an invalid token never gets this far (401). Nothing of the operator
 * is stored: the tip stays anonymous, only flagged as operator-entered.
 */
final class Filer {

	static final String OPERATOR = "ROLE_HOTLINE_OPERATOR";

	private Filer() {
	}

	/** Whether the caller is a hotline operator; an error for another signed-in role. */
	static Mono<Boolean> isOperator() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.filter(Authentication::isAuthenticated)
			.map(Filer::requireOperator)
			.defaultIfEmpty(false);
	}

	private static boolean requireOperator(Authentication authentication) {
		boolean operator = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(OPERATOR::equals);
		if (!operator) {
			throw new OperatorRequiredException();
		}
		return true;
	}

}
