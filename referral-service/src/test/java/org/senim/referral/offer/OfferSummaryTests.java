package org.senim.referral.offer;

import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ExploitationType;
import org.senim.referral.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class OfferSummaryTests {

	@Test
	void summarizesCodedAnswers() {
		String summary = OfferSummary.of(Reports.tip("almaty").minors().submitted());

		assertThat(summary).isEqualTo("Forced labour · minors · Farm");
	}

	@Test
	void summarizesSeveralTypesDangerAndVictims() {
		String summary = OfferSummary.of(Reports.tip("almaty")
			.exploitation(ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.SERVITUDE)
			.inDanger()
			.victims(6)
			.submitted());

		assertThat(summary).isEqualTo("Sexual exploitation, Servitude · immediate danger · 6 victims · Farm");
	}

	@Test
	void leavesDescriptionOutOfSummary() {
		String summary = OfferSummary.of(Reports.tip("almaty").submitted());

		assertThat(summary).doesNotContain("passports");
	}

}
