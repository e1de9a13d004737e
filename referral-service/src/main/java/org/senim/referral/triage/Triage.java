package org.senim.referral.triage;

import java.util.List;

import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;

/** The priority of a tip and the reasons for it (empty for {@link Priority#NORMAL}). */
public record Triage(Priority priority, List<TriageReason> reasons) {

	public Triage {
		reasons = List.copyOf(reasons);
	}

}
