package org.senim.referral.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.Topics;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.Reports;
import org.senim.referral.TestClock;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The unaccepted alert with the shared context's settings: raised 2 h after a tip reached
 * the national tier (the test clock is moved ahead), at once when nobody there can take
 * it, resolved on accept.
 */
class UnacceptedAlertIntegrationTests extends IntegrationTestBase {

	private static final String ADMIN = TestTokens.withRoles("admin", "DIRECTORY_ADMIN");

	private final String nationalWorker = TestTokens.ngoWorker(NATIONAL_ORG, Topics.NATIONAL_TIER);

	@Autowired
	private TestClock clock;

	@Autowired
	private UnacceptedAlertSweep sweep;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private DatabaseClient db;

	@AfterEach
	void setClockBack() {
		this.clock.reset();
	}

	@Test
	void raisesAlertOnceAfterStatedTimeAtLastTierAndResolvesItOnAccept() throws Exception {
		ReportSubmitted report = Reports.tip("aktau").inDanger().submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		UUID offer = awaitReferral(report.reportId(), NATIONAL_ORG);

		this.clock.advance(Duration.ofHours(2).minusMinutes(5));
		this.sweep.sweep().block(TIMEOUT);
		assertThat(alertRows(report)).isZero();

		double raisedBefore = raisedCount();
		this.clock.advance(Duration.ofMinutes(10));
		Flux.merge(this.sweep.sweep(), this.sweep.sweep()).blockLast(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> alertRows(report) == 1);
		this.sweep.sweep().block(TIMEOUT);

		assertThat(alertRows(report)).isEqualTo(1);
		// Other tips of the shared database at the national tier may be due now too.
		assertThat(raisedCount() - raisedBefore).isGreaterThanOrEqualTo(1);
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(openGauge()).isEqualTo(openAlerts()));
		http().get()
			.uri("/api/referrals/alerts?size=200")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(alert(report) + ".priority")
			.isEqualTo("CRITICAL")
			.jsonPath(alert(report) + ".city")
			.isEqualTo("aktau")
			.jsonPath(alert(report) + ".triageReasons[0]")
			.isEqualTo("IMMEDIATE_DANGER")
			.jsonPath(alert(report) + ".offers[0].organizationId")
			.isEqualTo(NATIONAL_ORG.toString())
			.jsonPath(alert(report) + ".offers[0].status")
			.isEqualTo("OFFERED")
			.jsonPath(alert(report) + ".lastTierSince")
			.exists()
			.jsonPath(alert(report) + ".raisedAt")
			.exists()
			.jsonPath(alert(report) + ".description")
			.doesNotExist()
			.jsonPath(alert(report) + ".summary")
			.doesNotExist();
		http().get()
			.uri("/api/referrals/alerts")
			.headers((headers) -> headers.setBearerAuth(this.nationalWorker))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.FORBIDDEN.toString());

		accept(offer);

		assertThat(this.db.sql("SELECT resolved_at FROM unaccepted_alert WHERE report_id = :reportId")
			.bind("reportId", report.reportId())
			.map((row, meta) -> row.get("resolved_at", Instant.class))
			.one()
			.block(TIMEOUT)).isNotNull();
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(openGauge()).isEqualTo(openAlerts()));
		this.sweep.sweep().block(TIMEOUT);
		assertThat(alertRows(report)).isEqualTo(1);
		http().get()
			.uri("/api/referrals/alerts?size=200")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectBody()
			.jsonPath(alert(report))
			.doesNotExist();
	}

	@Test
	void raisesAlertAtOnceWhenNoNationalOrganizationFitsTheTip() throws Exception {
		// The national organization's service is not for children.
		ReportSubmitted report = Reports.tip("aktau").minors().submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

		await().atMost(TIMEOUT).until(() -> alertRows(report) == 1);

		http().get()
			.uri("/api/referrals/alerts?size=200")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(alert(report) + ".offers.length()")
			.isEqualTo(1)
			.jsonPath(alert(report) + ".offers[0].organizationId")
			.value(List.class, (organizations) -> assertThat(organizations).containsExactly((Object) null))
			.jsonPath(alert(report) + ".offers[0].status")
			.isEqualTo("OFFERED");
	}

	@Test
	void raisesAlertAtOnceWhenEveryNationalOrganizationDeclines() throws Exception {
		ReportSubmitted report = Reports.tip("aktau").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		UUID offer = awaitReferral(report.reportId(), NATIONAL_ORG);
		assertThat(alertRows(report)).isZero();

		http().post()
			.uri("/api/referrals/{id}/decline", offer)
			.headers((headers) -> headers.setBearerAuth(this.nationalWorker))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":\"Outside our mandate\"}")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(alertRows(report)).isEqualTo(1);
	}

	@Test
	void rejectsAlertPageSizeAboveMaximum() {
		http().get()
			.uri("/api/referrals/alerts?size=201")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	private void accept(UUID offer) {
		http().post()
			.uri("/api/referrals/{id}/accept", offer)
			.headers((headers) -> headers.setBearerAuth(this.nationalWorker))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static String alert(ReportSubmitted report) {
		return "$[?(@.reportId == '" + report.reportId() + "')]";
	}

	private long alertRows(ReportSubmitted report) {
		return this.db.sql("SELECT COUNT(*) AS n FROM unaccepted_alert WHERE report_id = :reportId")
			.bind("reportId", report.reportId())
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

	private double openAlerts() {
		return this.db.sql("SELECT COUNT(*) AS n FROM unaccepted_alert WHERE resolved_at IS NULL")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

	private double raisedCount() {
		return this.meters.get(UnacceptedAlerts.RAISED).counter().count();
	}

	private double openGauge() {
		return this.meters.get(UnacceptedAlerts.OPEN).gauge().value();
	}

}
