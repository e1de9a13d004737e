package org.senim.directory.admin;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.ConflictException;
import org.senim.directory.system.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.core.R2dbcEntityOperations;
import org.springframework.stereotype.Component;

/**
 * What an NGO worker may change in the directory: the free and total places of her own
 * organization's services, so routing prefers services with room at once. Another
 * organization's service is not found, as if it did not exist.
 */
@Component
class OwnServices {

	private final ServiceRepository services;

	private final R2dbcEntityOperations rows;

	private final DirectoryAdmin admin;

	private final Clock clock;

	OwnServices(ServiceRepository services, R2dbcEntityOperations rows, DirectoryAdmin admin, Clock clock) {
		this.services = services;
		this.rows = rows;
		this.admin = admin;
		this.clock = clock;
	}

	Flux<ServiceRow> of(UUID organizationId) {
		return this.services.findByOrganizationIdOrderById(organizationId).filter(ServiceRow::active);
	}

	/**
	 * Checked and written in one transaction with the service's directory.changes row.
	 */
	Mono<ServiceRow> setCapacity(UUID organizationId, UUID serviceId, CapacityRequest request) {
		return Mono.fromRunnable(request::validate)
			.then(this.admin.change(
					ownActiveService(organizationId, serviceId)
						.flatMap((current) -> this.rows.update(current.withCapacity(request.available(),
								request.maximum(), this.clock.instant().atOffset(ZoneOffset.UTC)))),
					(updated) -> Flux.just(serviceId)));
	}

	private Mono<ServiceRow> ownActiveService(UUID organizationId, UUID serviceId) {
		return this.services.findById(serviceId)
			.filter((service) -> organizationId.equals(service.organizationId()))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("service")))
			.filter(ServiceRow::active)
			.switchIfEmpty(Mono.error(() -> new ConflictException("The service is retired.")));
	}

}
