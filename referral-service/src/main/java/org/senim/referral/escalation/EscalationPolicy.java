package org.senim.referral.escalation;

import java.util.ArrayList;
import java.util.List;

import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.events.ReportSubmitted;

import org.springframework.stereotype.Component;

/**
 * When a tip is escalated to police liaisons (DESIGN.md §5), in one place:
 * <ul>
 * <li>always when minors are involved, someone is in immediate danger, or on organ
 * removal: these do not wait for the tipster's consent;</li>
 * <li>otherwise only when the tipster consented to the police being told.</li>
 * </ul>
 * Every rule that applies is a reason; a tip that is not escalated has the reason
 * {@code NO_CONSENT_TO_POLICE}.
 */
@Component
public class EscalationPolicy {

	public EscalationDecision decide(ReportSubmitted report) {
		List<EscalationReason> reasons = new ArrayList<>();
		if (Boolean.TRUE.equals(report.minorsInvolved())) {
			reasons.add(EscalationReason.MINORS_INVOLVED);
		}
		if (Boolean.TRUE.equals(report.immediateDanger())) {
			reasons.add(EscalationReason.IMMEDIATE_DANGER);
		}
		if (report.exploitationTypes().contains(ExploitationType.ORGAN_REMOVAL)) {
			reasons.add(EscalationReason.ORGAN_REMOVAL);
		}
		if (Boolean.TRUE.equals(report.consentToPolice())) {
			reasons.add(EscalationReason.CONSENT_TO_POLICE);
		}
		if (reasons.isEmpty()) {
			return new EscalationDecision(false, List.of(EscalationReason.NO_CONSENT_TO_POLICE));
		}
		return new EscalationDecision(true, reasons);
	}

}
