package org.senim.referral.escalation;

import java.util.List;

/**
 * What the escalation policy decided for one tip, and why.
 *
 * @param escalate whether police liaisons are told
 * @param reasons every rule that applied; {@code NO_CONSENT_TO_POLICE} alone when none
 * did
 */
public record EscalationDecision(boolean escalate, List<EscalationReason> reasons) {

	public EscalationDecision {
		reasons = List.copyOf(reasons);
	}

}
