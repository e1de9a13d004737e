package org.senim.gateway.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;

/**
 * A tip nobody has accepted a stated time after it reached the last, national tier, as
 * the referral-service raises it for directory admins: coded data only.
 *
 * @param lastTierSince when it was offered at the national tier
 * @param offers every organization it is offered to, and how each answered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TipAlert(UUID reportId, Priority priority, String city, List<TriageReason> triageReasons, Instant lastTierSince,
		Instant raisedAt, List<Offer> offers) {

	TipAlert {
		priority = (priority != null) ? priority : Priority.NORMAL;
		triageReasons = (triageReasons != null) ? List.copyOf(triageReasons) : List.of();
		offers = (offers != null) ? List.copyOf(offers) : List.of();
	}

	/**
	 * @param status {@code OFFERED}, {@code DECLINED}, {@code REROUTED},
	 * {@code WITHDRAWN}…
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Offer(UUID organizationId, String status) {
	}

}
