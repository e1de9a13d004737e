package org.senim.referral.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;
import org.senim.referral.offer.ReferralStatus;
import org.senim.referral.system.PageRequest;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Alert SQL on both databases the service runs on. */
class UnacceptedAlertRepositoryTests {

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void findsTipDueOnlyOnceItWaitedAtLastTierWithoutAcceptance(String database, DatabaseClient db) {
		UnacceptedAlertRepository alerts = new UnacceptedAlertRepository(db);
		UUID waiting = tip(db, this.now.minusSeconds(7200), "OFFERED");
		UUID recent = tip(db, this.now.minusSeconds(60), "OFFERED");
		UUID accepted = tip(db, this.now.minusSeconds(7200), "ACCEPTED");
		UUID atCityTier = tip(db, null, "OFFERED");
		Instant deadline = this.now.minusSeconds(3600);

		List<UUID> due = alerts.dueReports(deadline, 1000).collectList().block();

		assertThat(due).contains(waiting).doesNotContain(recent, accepted, atCityTier);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void raisesOneAlertPerTipWithItsCodedDataAndResolvesIt(String database, DatabaseClient db) {
		UnacceptedAlertRepository alerts = new UnacceptedAlertRepository(db);
		Instant lastTier = this.now.minusSeconds(7200);
		UUID report = tip(db, lastTier, "OFFERED");

		assertThat(alerts.lockCase(report).then(alerts.raise(report, this.now.minusSeconds(3600), this.now)).block())
			.isEqualTo(Priority.CRITICAL);
		assertThat(alerts.raise(report, null, this.now).blockOptional()).isEmpty();
		assertThat(alerts.dueReports(this.now, 1000).collectList().block()).doesNotContain(report);
		List<UnacceptedAlert> open = alerts.findOpen(new PageRequest(200, null)).collectList().block();
		assertThat(open).filteredOn((alert) -> alert.reportId().equals(report)).singleElement().satisfies((alert) -> {
			assertThat(alert.city()).isEqualTo("taraz");
			assertThat(alert.triageReasons()).containsExactly(TriageReason.MINORS_INVOLVED);
			assertThat(alert.lastTierSince()).isEqualTo(lastTier);
			assertThat(alert.raisedAt()).isEqualTo(this.now);
		});
		assertThat(alerts.offersOf(List.of(report)).map(Map.Entry::getValue).collectList().block())
			.containsExactly(new UnacceptedAlert.Offer(null, ReferralStatus.OFFERED));

		assertThat(alerts.resolve(report, this.now).block()).isTrue();
		assertThat(alerts.resolve(report, this.now).block()).isFalse();
		assertThat(alerts.findOpen(new PageRequest(200, null)).collectList().block())
			.noneMatch((alert) -> alert.reportId().equals(report));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void raisesNoAlertForTipNotDueOrAccepted(String database, DatabaseClient db) {
		UnacceptedAlertRepository alerts = new UnacceptedAlertRepository(db);
		UUID recent = tip(db, this.now.minusSeconds(60), "OFFERED");
		UUID closed = tip(db, this.now.minusSeconds(7200), "CLOSED");

		assertThat(alerts.raise(recent, this.now.minusSeconds(3600), this.now).blockOptional()).isEmpty();
		assertThat(alerts.raise(closed, null, this.now).blockOptional()).isEmpty();
	}

	// A tip of Taraz with one offer to no organization in the given status.
	private UUID tip(DatabaseClient db, Instant lastTierSince, String status) {
		UUID report = UUID.randomUUID();
		DatabaseClient.GenericExecuteSpec tipCase = db.sql("""
				INSERT INTO report_case (report_id, city, minors_involved, foreign_victims, created_at, last_tier_since)
				VALUES (:reportId, 'taraz', TRUE, FALSE, :now, :lastTier)""")
			.bind("reportId", report)
			.bind("now", this.now);
		tipCase = (lastTierSince != null) ? tipCase.bind("lastTier", lastTierSince)
				: tipCase.bindNull("lastTier", Instant.class);
		tipCase.then().block();
		db.sql("""
				INSERT INTO referral (id, report_id, city, priority, triage_reasons, exploitation_types,
				       minors_involved, immediate_danger, summary, description_key_id, description_nonce,
				       description_ciphertext, status, offer_event_id, offered_at, respond_by, updated_at, version)
				VALUES (:id, :reportId, 'national', 'CRITICAL', 'MINORS_INVOLVED', 'CHILD_LABOUR', TRUE, FALSE,
				       'Child labour', 'test', :bytes, :bytes, :status, :eventId, :now, :now, :now, 0)""")
			.bind("id", UUID.randomUUID())
			.bind("reportId", report)
			.bind("bytes", new byte[] { 1 })
			.bind("status", status)
			.bind("eventId", UUID.randomUUID().toString())
			.bind("now", this.now)
			.then()
			.block();
		return report;
	}

}
