package org.senim.gateway.ngo;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in worker as the pages name her: her user name and her organization's city.
 */
record Worker(String name, String city) {

	static Worker of(OidcUser user) {
		String name = (user.getPreferredUsername() != null) ? user.getPreferredUsername() : user.getSubject();
		return new Worker(name, user.getClaimAsString("city"));
	}

}
