package org.senim.directory.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ServiceType;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.ForbiddenException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/directory/ngo}: an NGO worker's own organization's services (NGO_WORKER;
 * the organization is the token's {@code org_id}).
 */
@RestController
@RequestMapping("/api/directory/ngo")
class OwnServicesController {

	private final OwnServices own;

	OwnServicesController(OwnServices own) {
		this.own = own;
	}

	@GetMapping("/services")
	Flux<OwnService> services(@AuthenticationPrincipal Jwt token) {
		return this.own.of(organizationOf(token)).map(OwnService::of);
	}

	@PutMapping("/services/{id}/capacity")
	Mono<OwnService> setCapacity(@PathVariable("id") UUID id, @RequestBody CapacityRequest request,
			@AuthenticationPrincipal Jwt token) {
		return this.own.setCapacity(organizationOf(token), id, request).map(OwnService::of);
	}

	/** A worker's token without a readable organization may change nothing. */
	private static UUID organizationOf(Jwt token) {
		String claim = token.getClaimAsString("org_id");
		try {
			return UUID.fromString(claim);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new ForbiddenException("Your sign-in names no organization, so no service can be changed.");
		}
	}

	/** A service of the caller's organization, with its places. */
	record OwnService(UUID id, String name, String city, List<ServiceType> serviceTypes, boolean takesReferrals,
			Integer capacityAvailable, Integer capacityMaximum, OffsetDateTime capacityUpdated) {

		static OwnService of(ServiceRow row) {
			return new OwnService(row.id(), row.name(), row.citySlug(), row.serviceTypeList(), row.takesReferrals(),
					row.capacityAvailable(), row.capacityMaximum(), row.capacityUpdated());
		}

	}

}
