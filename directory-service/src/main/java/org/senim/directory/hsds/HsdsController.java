package org.senim.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.InvalidRequestException.FieldError;
import org.senim.directory.system.NotFoundException;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HSDS 3.0 read API. Lists are paged in memory: the directory holds hundreds of
 * entries, not millions.
 */
@RestController
@RequestMapping("/api/directory/hsds")
class HsdsController {

	static final int MAX_PER_PAGE = 200;

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	private final PhoneRepository phones;

	HsdsController(ServiceRepository services, OrganizationRepository organizations, PhoneRepository phones) {
		this.services = services;
		this.organizations = organizations;
		this.phones = phones;
	}

	@GetMapping("/services")
	Mono<HsdsPage<HsdsService>> services(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		return Mono.fromRunnable(() -> checkPaging(page, perPage))
			.then(this.services.findAll(Sort.by("id")).map((service) -> HsdsService.of(service, null)).collectList())
			.map((all) -> HsdsPage.of(all, page, perPage));
	}

	@GetMapping("/services/{id}")
	Mono<HsdsService> service(@PathVariable("id") UUID id) {
		return this.services.findById(id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("service")))
			.flatMap((service) -> this.phones.findAll(Sort.by("id"))
				.filter((phone) -> phone.serviceId().equals(id))
				.map(HsdsPhone::of)
				.collectList()
				.map((phones) -> HsdsService.of(service, phones)));
	}

	@GetMapping("/organizations")
	Mono<HsdsPage<HsdsOrganization>> organizations(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		return Mono.fromRunnable(() -> checkPaging(page, perPage))
			.then(this.organizations.findAll(Sort.by("id")).map(HsdsOrganization::of).collectList())
			.map((all) -> HsdsPage.of(all, page, perPage));
	}

	@GetMapping("/organizations/{id}")
	Mono<HsdsOrganization> organization(@PathVariable("id") UUID id) {
		return this.organizations.findById(id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("organization")))
			.map(HsdsOrganization::of);
	}

	private static void checkPaging(int page, int perPage) {
		List<FieldError> errors = new ArrayList<>();
		if (page < 1) {
			errors.add(new FieldError("page", "must be at least 1"));
		}
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			errors.add(new FieldError("per_page", "must be between 1 and " + MAX_PER_PAGE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
