package org.senim.local.issuer;

import java.util.List;

/**
 * A demo user of the local stack; the password is the user name.
 *
 * @param name user name and token subject
 * @param roles values of the {@code roles} claim
 * @param orgId {@code org_id} claim of NGO workers, else {@code null}
 * @param city {@code city} claim of NGO workers, else {@code null}
 */
record DemoUser(String name, List<String> roles, String orgId, String city) {

	static DemoUser ngoWorker(String name, String orgId, String city) {
		return new DemoUser(name, List.of("NGO_WORKER"), orgId, city);
	}

	static DemoUser withRole(String name, String role) {
		return new DemoUser(name, List.of(role), null, null);
	}

}
