package org.senim.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ServiceType;

/**
 * The current state of one directory service, published on the compacted
 * {@code directory.changes} topic keyed by service id; a retired service is a tombstone.
 * Consumers keep the latest state as their routing replica.
 *
 * @param sample whether this is demonstration data, not a real organization
 * @param capacityAvailable free places, or {@code null} when the service does not report
 * capacity
 */
public record DirectoryServiceChanged(UUID serviceId, UUID organizationId, String organizationName, String serviceName,
		String city, List<ServiceType> serviceTypes, boolean active, boolean takesReferrals, boolean acceptsMinors,
		boolean acceptsForeigners, Integer capacityAvailable, boolean sample, Instant changedAt) {

	public DirectoryServiceChanged {
		serviceTypes = List.copyOf(serviceTypes);
	}

}
