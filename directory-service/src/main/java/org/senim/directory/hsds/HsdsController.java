package org.senim.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.InvalidRequestException.FieldError;
import org.senim.directory.system.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HSDS 3.0 read API of services, organizations and services at locations. Lists are
 * paged in memory (the directory holds hundreds of entries, not millions); filters are
 * ANDed; {@code format=ndjson} streams every match, one JSON object per line.
 */
@RestController
@RequestMapping("/api/directory/hsds")
class HsdsController {

	static final int MAX_PER_PAGE = 200;

	static final String NDJSON = "format=ndjson";

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	private final HsdsDocuments documents;

	private final CityCatalog cities;

	HsdsController(ServiceRepository services, OrganizationRepository organizations, HsdsDocuments documents,
			CityCatalog cities) {
		this.services = services;
		this.organizations = organizations;
		this.documents = documents;
		this.cities = cities;
	}

	@GetMapping("/services")
	Mono<HsdsPage<HsdsService>> services(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "search", required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "organization_id", required = false) String organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter) {
		return Mono
			.fromCallable(() -> HsdsFilter.of(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter,
					pagingErrors(page, perPage, format)))
			.flatMap((filter) -> matching(filter).map(HsdsService::of).collectList())
			.map((all) -> HsdsPage.of(all, page, perPage));
	}

	@GetMapping(path = "/services", params = NDJSON)
	ResponseEntity<Flux<HsdsService>> servicesStream(@RequestParam(name = "search", required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "organization_id", required = false) String organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter) {
		HsdsFilter filter = HsdsFilter.of(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter);
		return ndjson(matching(filter).map(HsdsService::of));
	}

	@GetMapping("/services/{id}")
	Mono<HsdsService> service(@PathVariable("id") UUID id) {
		return this.services.findById(id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("service")))
			.flatMap(this.documents::service);
	}

	@GetMapping("/organizations")
	Mono<HsdsPage<HsdsOrganization>> organizations(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(name = "format", required = false) String format) {
		return Mono.fromCallable(() -> checkPaging(page, perPage, format))
			.then(this.organizations.findAll(Sort.by("id")).map(HsdsOrganization::of).collectList())
			.map((all) -> HsdsPage.of(all, page, perPage));
	}

	@GetMapping(path = "/organizations", params = NDJSON)
	ResponseEntity<Flux<HsdsOrganization>> organizationsStream() {
		return ndjson(this.organizations.findAll(Sort.by("id")).map(HsdsOrganization::of));
	}

	@GetMapping("/organizations/{id}")
	Mono<HsdsOrganization> organization(@PathVariable("id") UUID id) {
		return this.organizations.findById(id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("organization")))
			.map(HsdsOrganization::of);
	}

	@GetMapping("/service_at_locations")
	Mono<HsdsPage<HsdsServiceAtLocation>> servicesAtLocations(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "search", required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "organization_id", required = false) String organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter) {
		return Mono
			.fromCallable(() -> HsdsFilter.of(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter,
					pagingErrors(page, perPage, format)))
			.flatMap((filter) -> atLocations(matching(filter)).collectList())
			.map((all) -> HsdsPage.of(all, page, perPage));
	}

	@GetMapping(path = "/service_at_locations", params = NDJSON)
	ResponseEntity<Flux<HsdsServiceAtLocation>> servicesAtLocationsStream(
			@RequestParam(name = "search", required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "organization_id", required = false) String organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter) {
		HsdsFilter filter = HsdsFilter.of(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter);
		return ndjson(atLocations(matching(filter)));
	}

	@GetMapping("/service_at_locations/{id}")
	Mono<HsdsServiceAtLocation> serviceAtLocation(@PathVariable("id") UUID id) {
		return atLocations(this.services.findAll(Sort.by("id"))).filter((atLocation) -> atLocation.id().equals(id))
			.next()
			.switchIfEmpty(Mono.error(() -> new NotFoundException("service at location")));
	}

	private Flux<ServiceRow> matching(HsdsFilter filter) {
		return this.services.findAll(Sort.by("id")).filter(filter::matches);
	}

	private Flux<HsdsServiceAtLocation> atLocations(Flux<ServiceRow> services) {
		return this.cities.all()
			.map((all) -> all.stream().collect(Collectors.toMap(City::slug, Function.identity())))
			.flatMapMany((Map<String, City> bySlug) -> services
				.map((service) -> HsdsServiceAtLocation.of(service, bySlug.get(service.citySlug()))));
	}

	static <T> ResponseEntity<Flux<T>> ndjson(Flux<T> items) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_NDJSON).body(items);
	}

	/**
	 * Throws an {@link InvalidRequestException} listing every invalid paging parameter.
	 */
	static boolean checkPaging(int page, int perPage, String format) {
		List<FieldError> errors = pagingErrors(page, perPage, format);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return true;
	}

	static List<FieldError> pagingErrors(int page, int perPage, String format) {
		List<FieldError> errors = new ArrayList<>();
		if (page < 1) {
			errors.add(new FieldError("page", "must be at least 1"));
		}
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			errors.add(new FieldError("per_page", "must be between 1 and " + MAX_PER_PAGE));
		}
		if (format != null && !format.equals("json")) {
			errors.add(new FieldError("format", "must be json or ndjson"));
		}
		return errors;
	}

}
