package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a tip stands, told to the tipster's mailbox. Published on
 * {@code referrals.status} keyed by report id. Carries no organization name and no staff
 * identity.
 */
public record TipStatusChanged(UUID reportId, TipStatus status, Instant changedAt) {

	/** The statuses a tipster sees, in the order a tip normally goes through them. */
	public enum TipStatus {

		/** Offered to the organizations that can help. */
		ROUTED,

		/** An organization is working on it. */
		ACCEPTED,

		/** The organization has closed the case. */
		CLOSED

	}

}
