package org.senim.directory.admin;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.senim.directory.hsds.HsdsOrganization;
import org.senim.directory.hsds.HsdsPhone;
import org.senim.directory.hsds.HsdsService;
import org.senim.directory.hsds.HsdsDocuments;
import org.senim.directory.service.ServiceRow;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API (DIRECTORY_ADMIN, see the security configuration). Answers are the HSDS
 * documents of the changed entities, as the read API serves them.
 */
@RestController
@RequestMapping("/api/directory/admin")
class AdminController {

	private static final String HSDS = "/api/directory/hsds";

	private final DirectoryAdmin admin;

	private final HsdsDocuments documents;

	private final HsdsImport hsdsImport;

	AdminController(DirectoryAdmin admin, HsdsDocuments documents, HsdsImport hsdsImport) {
		this.admin = admin;
		this.documents = documents;
		this.hsdsImport = hsdsImport;
	}

	/**
	 * Upserts HSDS services by id (the full form of {@code GET /hsds/services/{id}}); one
	 * invalid item rejects the import with nothing stored.
	 */
	@PostMapping("/hsds/import")
	Mono<ImportResult> importHsds(@RequestBody JsonNode services) {
		return this.hsdsImport.importServices(services).map((ids) -> new ImportResult(ids.size(), ids));
	}

	@PostMapping("/organizations")
	Mono<ResponseEntity<HsdsOrganization>> createOrganization(@RequestBody OrganizationRequest request) {
		return this.admin.createOrganization(request)
			.map(HsdsOrganization::of)
			.map((created) -> ResponseEntity.created(URI.create(HSDS + "/organizations/" + created.id()))
				.body(created));
	}

	@PutMapping("/organizations/{id}")
	Mono<HsdsOrganization> updateOrganization(@PathVariable("id") UUID id, @RequestBody OrganizationRequest request) {
		return this.admin.updateOrganization(id, request).map(HsdsOrganization::of);
	}

	@PostMapping("/organizations/{id}/retire")
	Mono<HsdsOrganization> retireOrganization(@PathVariable("id") UUID id) {
		return this.admin.retireOrganization(id).map(HsdsOrganization::of);
	}

	@PostMapping("/services")
	Mono<ResponseEntity<HsdsService>> createService(@RequestBody ServiceRequest request) {
		return this.admin.createService(request)
			.flatMap(this::withPhones)
			.map((created) -> ResponseEntity.created(URI.create(HSDS + "/services/" + created.id())).body(created));
	}

	@PutMapping("/services/{id}")
	Mono<HsdsService> updateService(@PathVariable("id") UUID id, @RequestBody ServiceRequest request) {
		return this.admin.updateService(id, request).flatMap(this::withPhones);
	}

	@PostMapping("/services/{id}/retire")
	Mono<HsdsService> retireService(@PathVariable("id") UUID id) {
		return this.admin.retireService(id).flatMap(this::withPhones);
	}

	@PostMapping("/services/{id}/phones")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<HsdsPhone> addPhone(@PathVariable("id") UUID id, @RequestBody PhoneRequest request) {
		return this.admin.addPhone(id, request).map(HsdsPhone::of);
	}

	@DeleteMapping("/services/{id}/phones/{phoneId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> removePhone(@PathVariable("id") UUID id, @PathVariable("phoneId") UUID phoneId) {
		return this.admin.removePhone(id, phoneId);
	}

	@PutMapping("/services/{id}/capacity")
	Mono<HsdsService> setCapacity(@PathVariable("id") UUID id, @RequestBody CapacityRequest request) {
		return this.admin.setCapacity(id, request).flatMap(this::withPhones);
	}

	@PostMapping("/services/{id}/verify")
	Mono<HsdsService> verify(@PathVariable("id") UUID id) {
		return this.admin.verify(id).flatMap(this::withPhones);
	}

	private Mono<HsdsService> withPhones(ServiceRow service) {
		return this.documents.service(service);
	}

	/** What an HSDS import stored: the ids of the upserted services. */
	record ImportResult(int imported, List<UUID> services) {

	}

}
