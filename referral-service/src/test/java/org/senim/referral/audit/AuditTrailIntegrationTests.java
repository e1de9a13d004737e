package org.senim.referral.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AuditTrailIntegrationTests extends IntegrationTestBase {

	private static final String POLICE = TestTokens.withRoles("liaison-7", "POLICE_LIAISON");

	@Autowired
	private DatabaseClient db;

	@LocalServerPort
	private int port;

	private WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void recordsEveryActionOnReferralOnceWithActorAndRole() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		UUID shelter = referralOf(report, ALMATY_SHELTER_ORG);
		UUID legalAid = referralOf(report, ALMATY_LEGAL_AID_ORG);

		get(shelter, ALMATY_SHELTER_ORG).expectStatus().isOk();
		get(shelter, ALMATY_LEGAL_AID_ORG).expectStatus().isNotFound();
		post(shelter, "accept", ALMATY_SHELTER_ORG, null).expectStatus().isOk();
		post(shelter, "accept", ALMATY_SHELTER_ORG, null).expectStatus().isEqualTo(409);
		post(legalAid, "decline", ALMATY_LEGAL_AID_ORG, "{\"reason\":\"Too late\"}").expectStatus().isEqualTo(409);
		post(shelter, "messages", ALMATY_SHELTER_ORG, "{\"text\":\"Hello\"}").expectStatus().isAccepted();
		post(shelter, "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"Helped\"}").expectStatus().isOk();

		List<Map<String, Object>> trail = trailOf(shelter);
		assertThat(trail).extracting((row) -> row.get("action"))
			.containsExactly("VIEWED", "ACCEPTED", "MESSAGED", "CLOSED");
		assertThat(trail).allSatisfy((row) -> {
			assertThat(row.get("actor_subject")).isEqualTo("ngo-almaty");
			assertThat(row.get("actor_role")).isEqualTo("NGO_WORKER");
			assertThat(row.get("object_type")).isEqualTo("REFERRAL");
		});
		assertThat(trailOf(legalAid)).isEmpty();
	}

	@Test
	void recordsEscalationByPolicyAndAcknowledgementByLiaison() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		UUID escalation = await().atMost(TIMEOUT)
			.until(() -> this.db.sql("SELECT id FROM escalation WHERE report_id = :reportId")
				.bind("reportId", report.reportId())
				.map((row, meta) -> row.get("id", UUID.class))
				.one()
				.block(TIMEOUT), (id) -> id != null);

		this.client.post()
			.uri("/api/escalations/{id}/acknowledge", escalation)
			.headers((headers) -> headers.setBearerAuth(POLICE))
			.exchange()
			.expectStatus()
			.isOk();

		List<Map<String, Object>> trail = trailOf(escalation);
		assertThat(trail).extracting((row) -> row.get("action")).containsExactly("ESCALATED", "ACKNOWLEDGED");
		assertThat(trail).extracting((row) -> row.get("actor_role")).containsExactly("SYSTEM", "POLICE_LIAISON");
		assertThat(trail.get(1).get("actor_subject")).isEqualTo("liaison-7");
	}

	private List<Map<String, Object>> trailOf(UUID objectId) {
		return this.db
			.sql("SELECT actor_subject, actor_role, action, object_type FROM audit_event WHERE object_id = :id"
					+ " ORDER BY at, action")
			.bind("id", objectId)
			.fetch()
			.all()
			.collectList()
			.block(TIMEOUT);
	}

	private UUID referralOf(ReportSubmitted report, UUID organization) {
		return await().atMost(TIMEOUT)
			.until(() -> this.db
				.sql("SELECT id FROM referral WHERE report_id = :reportId AND organization_id = :organization")
				.bind("reportId", report.reportId())
				.bind("organization", organization)
				.map((row, meta) -> row.get("id", UUID.class))
				.one()
				.block(TIMEOUT), (id) -> id != null);
	}

	private WebTestClient.ResponseSpec get(UUID id, UUID organization) {
		return this.client.get()
			.uri("/api/referrals/{id}", id)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")))
			.exchange();
	}

	private WebTestClient.ResponseSpec post(UUID id, String action, UUID organization, String json) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/referrals/{id}/{action}", id, action)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")));
		return (json != null) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
				: request.exchange();
	}

}
