package org.senim.referral.escalation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Escalation SQL on both databases the service runs on. */
class EscalationRepositoryTests {

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void storesDecisionEitherWay(String database, DatabaseClient db) {
		EscalationRepository escalations = new EscalationRepository(db);
		UUID notEscalated = UUID.randomUUID();
		EscalationDecision no = new EscalationDecision(false, List.of(EscalationReason.NO_CONSENT_TO_POLICE));
		EscalationDecision yes = new EscalationDecision(true,
				List.of(EscalationReason.MINORS_INVOLVED, EscalationReason.ORGAN_REMOVAL));
		UUID escalated = UUID.randomUUID();

		escalations.insertDecision(notEscalated, no, null, this.now).block();
		escalations.insertDecision(escalated, yes, UUID.randomUUID(), this.now).block();

		assertThat(escalations.findDecision(notEscalated).block()).isEqualTo(no);
		assertThat(escalations.findDecision(escalated).block()).isEqualTo(yes);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void listsNewestFirstAndAcknowledgesOnce(String database, DatabaseClient db) {
		EscalationRepository escalations = new EscalationRepository(db);
		Escalation older = escalation(this.now.plusSeconds(7200));
		Escalation newer = escalation(this.now.plusSeconds(7260));
		escalations.insert(older).block();
		escalations.insert(newer).block();

		assertThat(escalations.findRecent(2).collectList().block()).containsExactly(newer, older);
		assertThat(escalations.acknowledge(older.id(), this.now).block()).isTrue();
		assertThat(escalations.acknowledge(older.id(), this.now).block()).isFalse();
		assertThat(escalations.findById(older.id()).block().status()).isEqualTo(Escalation.Status.ACKNOWLEDGED);
	}

	private Escalation escalation(Instant raisedAt) {
		return new Escalation(UUID.randomUUID(), UUID.randomUUID(), "almaty", Priority.CRITICAL,
				List.of(ExploitationType.ORGAN_REMOVAL), false, false, "Organ removal",
				List.of(EscalationReason.ORGAN_REMOVAL), Escalation.Status.RAISED, raisedAt, null);
	}

}
