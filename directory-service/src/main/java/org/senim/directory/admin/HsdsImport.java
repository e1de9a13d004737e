package org.senim.directory.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.data.r2dbc.core.R2dbcEntityOperations;
import org.springframework.stereotype.Component;

/**
 * Upserts HSDS services (with organization and phones) by id, all in one transaction with
 * the change events of every imported service, like any admin change. An organization
 * keeps its status; a service's phones are replaced by the document's.
 */
@Component
class HsdsImport {

	private final HsdsImportReader reader;

	private final CityCatalog cities;

	private final DirectoryAdmin admin;

	private final OrganizationRepository organizations;

	private final ServiceRepository services;

	private final PhoneRepository phones;

	private final R2dbcEntityOperations rows;

	private final Clock clock;

	HsdsImport(HsdsImportReader reader, CityCatalog cities, DirectoryAdmin admin, OrganizationRepository organizations,
			ServiceRepository services, PhoneRepository phones, R2dbcEntityOperations rows, Clock clock) {
		this.reader = reader;
		this.cities = cities;
		this.admin = admin;
		this.organizations = organizations;
		this.services = services;
		this.phones = phones;
		this.rows = rows;
		this.clock = clock;
	}

	/** The ids of the imported services, in the import's order. */
	Mono<List<UUID>> importServices(JsonNode body) {
		return this.cities.all()
			.map((all) -> all.stream().map(City::slug).collect(Collectors.toSet()))
			.map((Set<String> slugs) -> this.reader.read(body, slugs))
			.flatMap((items) -> this.admin.change(
					Flux.fromIterable(items).concatMap(this::upsert).map(ServiceRow::id).collectList(),
					Flux::fromIterable));
	}

	private Mono<ServiceRow> upsert(ImportedService item) {
		return upsertOrganization(item.organization()).then(upsertService(item.service()))
			.flatMap((service) -> replacePhones(service.id(), item.phones()).thenReturn(service));
	}

	private Mono<OrganizationRow> upsertOrganization(OrganizationRow organization) {
		return this.organizations.findById(organization.id())
			.flatMap((existing) -> this.rows.update(organization.withStatus(existing.status())))
			.switchIfEmpty(Mono.defer(() -> this.rows.insert(organization)));
	}

	/** Capacity keeps its time of update unless the import changes it. */
	private Mono<ServiceRow> upsertService(ServiceRow service) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		return this.services.findById(service.id())
			.flatMap((existing) -> this.rows
				.update(withCapacityTime(service, sameCapacity(existing, service) ? existing.capacityUpdated() : now)))
			.switchIfEmpty(Mono.defer(() -> this.rows.insert(withCapacityTime(service, now))));
	}

	private Mono<Void> replacePhones(UUID serviceId, List<PhoneRow> imported) {
		return this.phones.findByServiceIdOrderById(serviceId)
			.concatMap(this.phones::delete)
			.thenMany(Flux.fromIterable(imported))
			.concatMap((phone) -> this.phones.deleteById(phone.id()).then(Mono.defer(() -> this.rows.insert(phone))))
			.then();
	}

	private static boolean sameCapacity(ServiceRow existing, ServiceRow imported) {
		return Objects.equals(existing.capacityAvailable(), imported.capacityAvailable())
				&& Objects.equals(existing.capacityMaximum(), imported.capacityMaximum());
	}

	private static ServiceRow withCapacityTime(ServiceRow service, OffsetDateTime updated) {
		return (service.capacityAvailable() != null)
				? service.withCapacity(service.capacityAvailable(), service.capacityMaximum(), updated) : service;
	}

}
