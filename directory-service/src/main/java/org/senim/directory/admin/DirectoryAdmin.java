package org.senim.directory.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.senim.directory.changes.DirectoryChanges;
import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.hotline.HotlineCatalog;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.ConflictException;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.core.R2dbcEntityOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Changes to the directory. Each change runs in one transaction with the outbox rows of
 * the services it affects (the new state, or a tombstone for a retired one); after the
 * commit the relay is woken and the in-memory catalogs reload.
 */
@Component
class DirectoryAdmin {

	private final OrganizationRepository organizations;

	private final ServiceRepository services;

	private final PhoneRepository phones;

	private final R2dbcEntityOperations rows;

	private final CityCatalog cities;

	private final HotlineCatalog hotlines;

	private final DirectoryChanges changes;

	private final TransactionalOperator transaction;

	private final Clock clock;

	DirectoryAdmin(OrganizationRepository organizations, ServiceRepository services, PhoneRepository phones,
			R2dbcEntityOperations rows, CityCatalog cities, HotlineCatalog hotlines, DirectoryChanges changes,
			TransactionalOperator transaction, Clock clock) {
		this.organizations = organizations;
		this.services = services;
		this.phones = phones;
		this.rows = rows;
		this.cities = cities;
		this.hotlines = hotlines;
		this.changes = changes;
		this.transaction = transaction;
		this.clock = clock;
	}

	Mono<OrganizationRow> createOrganization(OrganizationRequest request) {
		return Mono.fromRunnable(request::validate)
			.then(change(Mono.defer(() -> this.rows.insert(request.toRow(UUID.randomUUID(), null))),
					(created) -> Flux.empty()));
	}

	/** Its services are affected too: their events carry the organization's name. */
	Mono<OrganizationRow> updateOrganization(UUID id, OrganizationRequest request) {
		return Mono.fromRunnable(request::validate)
			.then(change(activeOrganization(id).flatMap((current) -> this.rows.update(request.toRow(id, current))),
					(updated) -> serviceIdsOf(id)));
	}

	/** Retires the organization and all its services (tombstones on the feed). */
	Mono<OrganizationRow> retireOrganization(UUID id) {
		return change(
				activeOrganization(id).flatMap((current) -> this.services.findByOrganizationIdOrderById(id)
					.filter(ServiceRow::active)
					.concatMap((service) -> this.rows.update(service.withStatus(ServiceRow.RETIRED)))
					.then(Mono.defer(() -> this.rows.update(current.withStatus(ServiceRow.RETIRED))))),
				(retired) -> serviceIdsOf(id));
	}

	Mono<ServiceRow> createService(ServiceRequest request) {
		return validated(request).then(change(
				Mono.defer(() -> activeOrganizationOf(request)
					.then(Mono.defer(() -> this.rows.insert(request.toRow(UUID.randomUUID(), null))))),
				(created) -> Flux.just(created.id())));
	}

	Mono<ServiceRow> updateService(UUID id, ServiceRequest request) {
		return validated(request).then(change(
				activeService(id).flatMap((current) -> activeOrganizationOf(request)
					.then(Mono.defer(() -> this.rows.update(request.toRow(id, current))))),
				(updated) -> Flux.just(id)));
	}

	Mono<ServiceRow> retireService(UUID id) {
		return change(activeService(id).flatMap((current) -> this.rows.update(current.withStatus(ServiceRow.RETIRED))),
				(retired) -> Flux.just(id));
	}

	Mono<PhoneRow> addPhone(UUID serviceId, PhoneRequest request) {
		return Mono.fromCallable(() -> request.toRow(serviceId))
			.flatMap((phone) -> change(activeService(serviceId).then(Mono.defer(() -> this.rows.insert(phone))),
					(added) -> Flux.just(serviceId)));
	}

	Mono<Void> removePhone(UUID serviceId, UUID phoneId) {
		return change(activeService(serviceId).then(Mono.defer(() -> this.phones.findById(phoneId)))
			.filter((phone) -> phone.serviceId().equals(serviceId))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("phone")))
			.flatMap((phone) -> this.phones.delete(phone).thenReturn(phone)), (removed) -> Flux.just(serviceId)).then();
	}

	Mono<ServiceRow> setCapacity(UUID id, CapacityRequest request) {
		return Mono.fromRunnable(request::validate)
			.then(change(
					activeService(id).flatMap((current) -> this.rows.update(current.withCapacity(request.available(),
							request.maximum(), this.clock.instant().atOffset(ZoneOffset.UTC)))),
					(updated) -> Flux.just(id)));
	}

	/** Records that someone checked the service's details today (HSDS assured_date). */
	Mono<ServiceRow> verify(UUID id) {
		return change(
				activeService(id)
					.flatMap((current) -> this.rows.update(current.withAssuredDate(LocalDate.now(this.clock)))),
				(verified) -> Flux.just(id));
	}

	/** The work and the outbox rows of the services it affects, in one transaction. */
	<T> Mono<T> change(Mono<T> work, Function<T, Flux<UUID>> affected) {
		Mono<T> recorded = work.flatMap((result) -> affected.apply(result)
			.collectList()
			.flatMap((ids) -> touch(ids).then(this.changes.appendServices(ids)))
			.thenReturn(result));
		return this.transaction.transactional(recorded).flatMap((result) -> afterCommit().thenReturn(result));
	}

	private Mono<Void> touch(List<UUID> ids) {
		return ids.isEmpty() ? Mono.empty()
				: this.services.touch(ids, this.clock.instant().atOffset(ZoneOffset.UTC)).then();
	}

	private Mono<Void> afterCommit() {
		return Mono.defer(() -> {
			this.changes.committed();
			return this.hotlines.refresh();
		});
	}

	private Mono<Void> validated(ServiceRequest request) {
		return this.cities.all()
			.map((all) -> all.stream().map(City::slug).collect(Collectors.toSet()))
			.doOnNext((Set<String> slugs) -> request.validate(slugs))
			.then();
	}

	private Flux<UUID> serviceIdsOf(UUID organizationId) {
		return this.services.findByOrganizationIdOrderById(organizationId).map(ServiceRow::id);
	}

	private Mono<OrganizationRow> activeOrganization(UUID id) {
		return this.organizations.findById(id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("organization")))
			.filter(OrganizationRow::active)
			.switchIfEmpty(Mono.error(() -> new ConflictException("The organization is retired.")));
	}

	/** The organization a service request names: unknown is a 400, retired a 409. */
	private Mono<OrganizationRow> activeOrganizationOf(ServiceRequest request) {
		return this.organizations.findById(request.organization())
			.switchIfEmpty(Mono.error(() -> new InvalidRequestException(
					List.of(new InvalidRequestException.FieldError("organizationId", "no organization has this id")))))
			.filter(OrganizationRow::active)
			.switchIfEmpty(Mono.error(() -> new ConflictException("The organization is retired.")));
	}

	private Mono<ServiceRow> activeService(UUID id) {
		return this.services.findById(id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("service")))
			.filter(ServiceRow::active)
			.switchIfEmpty(Mono.error(() -> new ConflictException("The service is retired.")));
	}

}
