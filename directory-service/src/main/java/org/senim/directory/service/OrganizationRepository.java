package org.senim.directory.service;

import java.util.UUID;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;

public interface OrganizationRepository
		extends ReactiveCrudRepository<OrganizationRow, UUID>, ReactiveSortingRepository<OrganizationRow, UUID> {

}
