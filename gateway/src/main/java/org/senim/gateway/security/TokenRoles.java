package org.senim.gateway.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Roles come from the access token's {@code roles} claim, as {@code ROLE_<role>}
 * authorities: for API callers and for workers signed in to a dashboard alike.
 */
public final class TokenRoles {

	private TokenRoles() {
	}

	public static Collection<GrantedAuthority> authoritiesOf(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return (roles != null)
				? roles.stream().<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList()
				: List.of();
	}

}
