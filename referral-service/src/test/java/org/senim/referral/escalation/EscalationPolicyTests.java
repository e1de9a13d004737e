package org.senim.referral.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.ReportSubmitted;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPolicyTests {

	// The policy reads coded answers only, never the description.
	private static final EncryptedText SEALED = new EncryptedText("report:test", "bm9uY2U=", "c2VhbGVk");

	private final EscalationPolicy policy = new EscalationPolicy();

	@Test
	void escalatesWhenMinorsAreInvolvedEvenWithoutConsent() {
		EscalationDecision decision = this.policy.decide(tip(true, false, false, ExploitationType.FORCED_LABOUR));

		assertThat(decision.escalate()).isTrue();
		assertThat(decision.reasons()).containsExactly(EscalationReason.MINORS_INVOLVED);
	}

	@Test
	void doesNotEscalateForMinorsWhenNoneAreInvolved() {
		EscalationDecision decision = this.policy.decide(tip(false, false, false, ExploitationType.FORCED_LABOUR));

		assertThat(decision.escalate()).isFalse();
		assertThat(decision.reasons()).containsExactly(EscalationReason.NO_CONSENT_TO_POLICE);
	}

	@Test
	void escalatesOnImmediateDangerEvenWithoutConsent() {
		EscalationDecision decision = this.policy.decide(tip(false, true, false, ExploitationType.FORCED_LABOUR));

		assertThat(decision.escalate()).isTrue();
		assertThat(decision.reasons()).containsExactly(EscalationReason.IMMEDIATE_DANGER);
	}

	@Test
	void doesNotEscalateWhenDangerIsUnknown() {
		ReportSubmitted unknown = new ReportSubmitted(UUID.randomUUID(), "almaty",
				List.of(ExploitationType.FORCED_LABOUR), SEALED, null, null, null, null, null, null, null, null, null,
				null, null, false, Instant.now());

		EscalationDecision decision = this.policy.decide(unknown);

		assertThat(decision.escalate()).isFalse();
	}

	@Test
	void escalatesOnOrganRemovalEvenWithoutConsent() {
		EscalationDecision decision = this.policy
			.decide(tip(false, false, false, ExploitationType.ORGAN_REMOVAL, ExploitationType.FORCED_LABOUR));

		assertThat(decision.escalate()).isTrue();
		assertThat(decision.reasons()).containsExactly(EscalationReason.ORGAN_REMOVAL);
	}

	@Test
	void doesNotEscalateOtherExploitationWithoutConsent() {
		EscalationDecision decision = this.policy
			.decide(tip(false, false, false, ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_BEGGING));

		assertThat(decision.escalate()).isFalse();
	}

	@Test
	void escalatesWithConsentToPolice() {
		EscalationDecision decision = this.policy.decide(tip(false, false, true, ExploitationType.FORCED_LABOUR));

		assertThat(decision.escalate()).isTrue();
		assertThat(decision.reasons()).containsExactly(EscalationReason.CONSENT_TO_POLICE);
	}

	@Test
	void doesNotEscalateWithoutConsentToPolice() {
		EscalationDecision decision = this.policy.decide(tip(false, false, false, ExploitationType.SERVITUDE));

		assertThat(decision.escalate()).isFalse();
		assertThat(decision.reasons()).containsExactly(EscalationReason.NO_CONSENT_TO_POLICE);
	}

	@Test
	void givesEveryReasonThatApplies() {
		EscalationDecision decision = this.policy.decide(tip(true, true, true, ExploitationType.ORGAN_REMOVAL));

		assertThat(decision.escalate()).isTrue();
		assertThat(decision.reasons()).containsExactly(EscalationReason.MINORS_INVOLVED,
				EscalationReason.IMMEDIATE_DANGER, EscalationReason.ORGAN_REMOVAL, EscalationReason.CONSENT_TO_POLICE);
	}

	private static ReportSubmitted tip(boolean minors, boolean danger, boolean consent, ExploitationType... types) {
		return new ReportSubmitted(UUID.randomUUID(), "almaty", List.of(types), SEALED, null, List.of(), null, null, 1,
				minors, danger, VictimNationality.KZ, "ru", ReporterRole.WITNESS, consent, false, Instant.now());
	}

}
