package org.senim.directory.service;

import java.util.UUID;

import reactor.core.publisher.Flux;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;

public interface PhoneRepository
		extends ReactiveCrudRepository<PhoneRow, UUID>, ReactiveSortingRepository<PhoneRow, UUID> {

	Flux<PhoneRow> findByServiceIdOrderById(UUID serviceId);

}
