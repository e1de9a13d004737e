package org.senim.local.issuer;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/**
 * The Senim claims of a demo user: {@code roles}, and {@code org_id} and {@code city} for
 * NGO workers. One place for both the browser flow and {@code ./senim token}.
 */
@Component
class AccessTokenClaims {

	private final DemoUsers users;

	AccessTokenClaims(DemoUsers users) {
		this.users = users;
	}

	void addUserClaims(String userName, JwtClaimsSet.Builder claims) {
		this.users.find(userName).ifPresent((user) -> addUserClaims(user, claims));
	}

	void addUserClaims(DemoUser user, JwtClaimsSet.Builder claims) {
		claims.claim("roles", user.roles());
		if (user.orgId() != null) {
			claims.claim("org_id", user.orgId());
		}
		if (user.city() != null) {
			claims.claim("city", user.city());
		}
	}

}
