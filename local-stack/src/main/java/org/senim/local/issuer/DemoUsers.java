package org.senim.local.issuer;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The demo users of {@code docs/decisions.md} ("Identity and roles"). */
@Component
class DemoUsers {

	private static final List<DemoUser> USERS = List.of(
			DemoUser.ngoWorker("ngo-almaty", "0a000000-0000-4000-8000-000000000004", "almaty"),
			DemoUser.ngoWorker("ngo-shymkent", "0a000000-0000-4000-8000-000000000013", "shymkent"),
			// A worker of the sample national organization: offers of the national tier.
			DemoUser.ngoWorker("ngo-national", "0a000000-0000-4000-8000-000000000016", "national"),
			DemoUser.withRole("police", "POLICE_LIAISON"), DemoUser.withRole("admin", "DIRECTORY_ADMIN"),
			DemoUser.withRole("operator", "HOTLINE_OPERATOR"));

	List<DemoUser> all() {
		return USERS;
	}

	Optional<DemoUser> find(String name) {
		return USERS.stream().filter((user) -> user.name().equals(name)).findFirst();
	}

}
