package org.senim.referral.escalation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.referral.offer.TipAnswers;
import org.senim.referral.system.Page;
import org.senim.referral.system.PageCursor;
import org.senim.referral.system.PageRequest;

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

		assertThat(escalations.findRecent(null, new PageRequest(2, null)).collectList().block()).containsExactly(newer,
				older);
		assertThat(escalations.acknowledge(older.id(), this.now).block()).isTrue();
		assertThat(escalations.acknowledge(older.id(), this.now).block()).isFalse();
		assertThat(escalations.findById(older.id()).block().status()).isEqualTo(Escalation.Status.ACKNOWLEDGED);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void pagesEscalationsNewestFirstOptionallyOfOneStatus(String database, DatabaseClient db) {
		EscalationRepository escalations = new EscalationRepository(db);
		// Later than every other row of the shared database, so these are the first page;
		// removed after, so they do not come first in other tests.
		Instant future = this.now.plusSeconds(86_400 * 365);
		Escalation oldest = escalation(future);
		Escalation middle = escalation(future.plusSeconds(60));
		Escalation newest = escalation(future.plusSeconds(120));
		for (Escalation escalation : List.of(oldest, middle, newest)) {
			escalations.insert(escalation).block();
		}
		escalations.acknowledge(middle.id(), this.now).block();

		Page<Escalation> first;
		Page<Escalation> second;
		Page<Escalation> acknowledged;
		Page<Escalation> raised;
		try {
			first = page(escalations, null, new PageRequest(2, null));
			second = page(escalations, null, new PageRequest(1, first.next()));
			acknowledged = page(escalations, Escalation.Status.ACKNOWLEDGED, new PageRequest(1, null));
			raised = page(escalations, Escalation.Status.RAISED, new PageRequest(2, null));
		}
		finally {
			db.sql("DELETE FROM escalation WHERE id IN (:ids)")
				.bind("ids", List.of(oldest.id(), middle.id(), newest.id()))
				.then()
				.block();
		}

		assertThat(first.items()).extracting(Escalation::id).containsExactly(newest.id(), middle.id());
		assertThat(second.items()).extracting(Escalation::id).containsExactly(oldest.id());
		assertThat(acknowledged.items()).extracting(Escalation::id).containsExactly(middle.id());
		assertThat(raised.items()).extracting(Escalation::id).containsExactly(newest.id(), oldest.id());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsEveryCodedAnswerOfTheTip(String database, DatabaseClient db) {
		EscalationRepository escalations = new EscalationRepository(db);
		TipAnswers answers = new TipAnswers(List.of(ExploitationType.SEXUAL_EXPLOITATION), Industry.HOSPITALITY,
				List.of(ControlMethod.WITHHOLDS_DOCUMENTS, ControlMethod.DEBT_BONDAGE), Recruitment.JOB_AD_ONLINE,
				VenueType.SAUNA, 4, true, true, VictimNationality.FOREIGN, "ru", ReporterRole.RELATIVE, true);
		Escalation escalation = escalation(this.now, answers);

		escalations.insert(escalation).block();

		assertThat(escalations.findById(escalation.id()).block().answers()).isEqualTo(answers);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void readsAnEscalationRaisedBeforeTheAnswersWereKeptWithoutThem(String database, DatabaseClient db) {
		EscalationRepository escalations = new EscalationRepository(db);
		UUID id = UUID.randomUUID();
		// The row as the service wrote it before V12.
		db.sql("""
				INSERT INTO escalation (id, report_id, city, priority, exploitation_types, minors_involved,
				       immediate_danger, summary, reasons, status, raised_at)
				VALUES (:id, :reportId, 'almaty', 'CRITICAL', 'CHILD_LABOUR', TRUE, FALSE, 'Child labour · minors',
				       'MINORS_INVOLVED', 'RAISED', :now)""")
			.bind("id", id)
			.bind("reportId", UUID.randomUUID())
			.bind("now", this.now)
			.then()
			.block();

		TipAnswers answers = escalations.findById(id).block().answers();

		assertThat(answers.exploitationTypes()).containsExactly(ExploitationType.CHILD_LABOUR);
		assertThat(answers.minorsInvolved()).isTrue();
		assertThat(answers.controlMethods()).isEmpty();
		assertThat(answers.venueType()).isNull();
		assertThat(answers.victimCount()).isNull();
		assertThat(answers.operatorEntered()).isNull();
	}

	private static Page<Escalation> page(EscalationRepository escalations, Escalation.Status status,
			PageRequest request) {
		return request.page(escalations.findRecent(status, request).collectList().block(),
				(escalation) -> new PageCursor(escalation.raisedAt(), escalation.id()));
	}

	private Escalation escalation(Instant raisedAt) {
		return escalation(raisedAt, new TipAnswers(List.of(ExploitationType.ORGAN_REMOVAL), null, null, null, null,
				null, false, false, null, null, null, null));
	}

	private static Escalation escalation(Instant raisedAt, TipAnswers answers) {
		return new Escalation(UUID.randomUUID(), UUID.randomUUID(), "almaty", Priority.CRITICAL, answers,
				"Organ removal", List.of(EscalationReason.ORGAN_REMOVAL), Escalation.Status.RAISED, raisedAt, null);
	}

}
