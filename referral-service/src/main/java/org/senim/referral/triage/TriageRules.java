package org.senim.referral.triage;

import java.util.ArrayList;
import java.util.List;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.events.ReportSubmitted;

import org.springframework.stereotype.Component;

/**
 * The one place of the triage rules (DESIGN.md §5): a tip is {@code CRITICAL} when a life
 * or a child is at stake, {@code HIGH} on signs of violence, confiscated documents, child
 * labour or many victims, else {@code NORMAL}.
 */
@Component
public class TriageRules {

	/** From this many victims a tip is at least {@code HIGH}. */
	static final int MANY_VICTIMS = 5;

	public Triage triage(ReportSubmitted report) {
		List<TriageReason> critical = criticalReasons(report);
		if (!critical.isEmpty()) {
			return new Triage(Priority.CRITICAL, critical);
		}
		List<TriageReason> high = highReasons(report);
		if (!high.isEmpty()) {
			return new Triage(Priority.HIGH, high);
		}
		return new Triage(Priority.NORMAL, List.of());
	}

	private List<TriageReason> criticalReasons(ReportSubmitted report) {
		List<TriageReason> reasons = new ArrayList<>();
		if (Boolean.TRUE.equals(report.minorsInvolved())) {
			reasons.add(TriageReason.MINORS_INVOLVED);
		}
		if (Boolean.TRUE.equals(report.immediateDanger())) {
			reasons.add(TriageReason.IMMEDIATE_DANGER);
		}
		if (report.exploitationTypes().contains(ExploitationType.ORGAN_REMOVAL)) {
			reasons.add(TriageReason.ORGAN_REMOVAL);
		}
		return reasons;
	}

	private List<TriageReason> highReasons(ReportSubmitted report) {
		List<TriageReason> reasons = new ArrayList<>();
		if (report.controlMethods().contains(ControlMethod.PHYSICAL_ABUSE)) {
			reasons.add(TriageReason.PHYSICAL_ABUSE);
		}
		if (report.controlMethods().contains(ControlMethod.SEXUAL_ABUSE)) {
			reasons.add(TriageReason.SEXUAL_ABUSE);
		}
		if (report.controlMethods().contains(ControlMethod.WITHHOLDS_DOCUMENTS)) {
			reasons.add(TriageReason.WITHHELD_DOCUMENTS);
		}
		if (report.exploitationTypes().contains(ExploitationType.CHILD_LABOUR)) {
			reasons.add(TriageReason.CHILD_LABOUR);
		}
		if (report.victimCount() != null && report.victimCount() >= MANY_VICTIMS) {
			reasons.add(TriageReason.MANY_VICTIMS);
		}
		return reasons;
	}

}
