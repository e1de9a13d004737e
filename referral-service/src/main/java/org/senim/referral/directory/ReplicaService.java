package org.senim.referral.directory;

import java.util.UUID;

/**
 * A service of the directory replica as routing sees it.
 *
 * @param capacityAvailable free places, or {@code null} when the service does not report
 * capacity
 */
public record ReplicaService(UUID serviceId, UUID organizationId, String city, boolean active, boolean takesReferrals,
		boolean acceptsMinors, boolean acceptsForeigners, Integer capacityAvailable) {

	public boolean hasFreeCapacity() {
		return this.capacityAvailable != null && this.capacityAvailable > 0;
	}

}
