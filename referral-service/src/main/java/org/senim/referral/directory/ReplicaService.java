package org.senim.referral.directory;

import java.util.UUID;

import org.senim.contracts.Topics;

/**
 * A service of the directory replica as routing sees it.
 *
 * @param city the city slug, or {@code national} for a service of a national organization
 * @param capacityAvailable free places, or {@code null} when the service does not report
 * capacity
 */
public record ReplicaService(UUID serviceId, UUID organizationId, String city, boolean active, boolean takesReferrals,
		boolean acceptsMinors, boolean acceptsForeigners, Integer capacityAvailable) {

	/**
	 * Whether the service belongs to the national tier: the directory publishes a service
	 * of no city (a national organization's) with the city {@code national}.
	 */
	public boolean national() {
		return Topics.NATIONAL_TIER.equals(this.city);
	}

	public boolean hasFreeCapacity() {
		return this.capacityAvailable != null && this.capacityAvailable > 0;
	}

}
