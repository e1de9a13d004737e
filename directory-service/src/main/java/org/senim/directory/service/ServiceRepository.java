package org.senim.directory.service;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;

public interface ServiceRepository
		extends ReactiveCrudRepository<ServiceRow, UUID>, ReactiveSortingRepository<ServiceRow, UUID> {

	Flux<ServiceRow> findByOrganizationIdOrderById(UUID organizationId);

	/** Sets HSDS {@code last_modified} of the services a change affected. */
	@Modifying
	@Query("UPDATE service SET last_modified = :now WHERE id IN (:ids)")
	Mono<Integer> touch(Collection<UUID> ids, OffsetDateTime now);

}
