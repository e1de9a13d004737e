package org.senim.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;

/**
 * A tip was offered to one organization. Published on {@code referrals.<city>} of the
 * receiving organization, keyed by referral id.
 */
public record ReferralOffered(UUID referralId, UUID reportId, String city, UUID organizationId, UUID serviceId,
		Priority priority, List<ExploitationType> exploitationTypes, boolean minorsInvolved, boolean immediateDanger,
		String summary, String description, Instant offeredAt, Instant respondBy) {

	public ReferralOffered {
		exploitationTypes = List.copyOf(exploitationTypes);
	}

}
