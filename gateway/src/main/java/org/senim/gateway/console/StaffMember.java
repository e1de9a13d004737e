package org.senim.gateway.console;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as the consoles name her: her user name and, for an NGO worker,
 * her organization's city.
 */
public record StaffMember(String name, String city) {

	static StaffMember of(OidcUser user) {
		String name = (user.getPreferredUsername() != null) ? user.getPreferredUsername() : user.getSubject();
		return new StaffMember(name, user.getClaimAsString("city"));
	}

}
