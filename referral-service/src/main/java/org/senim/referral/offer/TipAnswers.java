package org.senim.referral.offer;

import java.util.List;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.ReportSubmitted;

/**
 * Every coded answer of a tip, as its referrals keep and show them. Unanswered questions
 * are {@code null} (lists empty); so are the answers of referrals stored before they were
 * kept.
 *
 * @param operatorEntered whether a hotline operator filed the tip for a caller
 */
public record TipAnswers(List<ExploitationType> exploitationTypes, Industry industry,
		List<ControlMethod> controlMethods, Recruitment recruitment, VenueType venueType, Integer victimCount,
		boolean minorsInvolved, boolean immediateDanger, VictimNationality victimNationality, String language,
		ReporterRole reporterRole, Boolean operatorEntered) {

	/**
	 * Longest language tag kept (the column's size); the report-service sends ISO 639-1.
	 */
	static final int MAX_LANGUAGE = 35;

	public TipAnswers {
		exploitationTypes = List.copyOf(exploitationTypes);
		controlMethods = (controlMethods != null) ? List.copyOf(controlMethods) : List.of();
	}

	public static TipAnswers of(ReportSubmitted report) {
		return new TipAnswers(report.exploitationTypes(), report.industry(), report.controlMethods(),
				report.recruitment(), report.venueType(), report.victimCount(),
				Boolean.TRUE.equals(report.minorsInvolved()), Boolean.TRUE.equals(report.immediateDanger()),
				report.victimNationality(), report.language(), report.reporterRole(), report.operatorEntered());
	}

}
