package org.senim.referral.triage;

import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;
import org.senim.referral.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class TriageRulesTests {

	private final TriageRules rules = new TriageRules();

	@Test
	void ratesTipWithMinorsCritical() {
		Triage triage = this.rules.triage(Reports.tip("almaty").minors().submitted());

		assertThat(triage.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(triage.reasons()).containsExactly(TriageReason.MINORS_INVOLVED);
	}

	@Test
	void ratesTipWithImmediateDangerCritical() {
		Triage triage = this.rules.triage(Reports.tip("almaty").inDanger().submitted());

		assertThat(triage.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(triage.reasons()).containsExactly(TriageReason.IMMEDIATE_DANGER);
	}

	@Test
	void ratesOrganRemovalCritical() {
		Triage triage = this.rules
			.triage(Reports.tip("almaty").exploitation(ExploitationType.ORGAN_REMOVAL).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(triage.reasons()).containsExactly(TriageReason.ORGAN_REMOVAL);
	}

	@Test
	void recordsEveryCriticalReason() {
		Triage triage = this.rules
			.triage(Reports.tip("almaty").minors().inDanger().control(ControlMethod.PHYSICAL_ABUSE).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(triage.reasons()).containsExactly(TriageReason.MINORS_INVOLVED, TriageReason.IMMEDIATE_DANGER);
	}

	@Test
	void ratesPhysicalAbuseHigh() {
		Triage triage = this.rules.triage(Reports.tip("almaty").control(ControlMethod.PHYSICAL_ABUSE).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.HIGH);
		assertThat(triage.reasons()).containsExactly(TriageReason.PHYSICAL_ABUSE);
	}

	@Test
	void ratesSexualAbuseHigh() {
		Triage triage = this.rules.triage(Reports.tip("almaty").control(ControlMethod.SEXUAL_ABUSE).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.HIGH);
		assertThat(triage.reasons()).containsExactly(TriageReason.SEXUAL_ABUSE);
	}

	@Test
	void ratesWithheldDocumentsHigh() {
		Triage triage = this.rules.triage(Reports.tip("almaty").control(ControlMethod.WITHHOLDS_DOCUMENTS).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.HIGH);
		assertThat(triage.reasons()).containsExactly(TriageReason.WITHHELD_DOCUMENTS);
	}

	@Test
	void ratesChildLabourHigh() {
		Triage triage = this.rules
			.triage(Reports.tip("almaty").exploitation(ExploitationType.CHILD_LABOUR).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.HIGH);
		assertThat(triage.reasons()).containsExactly(TriageReason.CHILD_LABOUR);
	}

	@Test
	void ratesFiveVictimsHigh() {
		Triage triage = this.rules.triage(Reports.tip("almaty").victims(5).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.HIGH);
		assertThat(triage.reasons()).containsExactly(TriageReason.MANY_VICTIMS);
	}

	@Test
	void ratesFourVictimsNormal() {
		Triage triage = this.rules.triage(Reports.tip("almaty").victims(4).submitted());

		assertThat(triage.priority()).isEqualTo(Priority.NORMAL);
		assertThat(triage.reasons()).isEmpty();
	}

	@Test
	void ratesTipWithoutWarningSignsNormal() {
		Triage triage = this.rules.triage(Reports.tip("almaty")
			.victims(null)
			.control(ControlMethod.DEBT_BONDAGE, ControlMethod.EXCESSIVE_HOURS)
			.submitted());

		assertThat(triage.priority()).isEqualTo(Priority.NORMAL);
		assertThat(triage.reasons()).isEmpty();
	}

}
