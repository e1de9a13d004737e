package org.senim.gateway.ngo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ServiceType;

/**
 * One of the worker's organization's services as the directory-service lists it, with its
 * places: free ({@code capacityAvailable}) of the total ({@code capacityMaximum}).
 */
record OwnService(UUID id, String name, String city, List<ServiceType> serviceTypes, boolean takesReferrals,
		Integer capacityAvailable, Integer capacityMaximum, Instant capacityUpdated) {

	OwnService {
		serviceTypes = (serviceTypes != null) ? List.copyOf(serviceTypes) : List.of();
	}

	public boolean hasCapacity() {
		return this.capacityAvailable != null && this.capacityMaximum != null;
	}

}
