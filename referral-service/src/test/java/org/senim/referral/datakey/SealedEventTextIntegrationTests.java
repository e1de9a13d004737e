package org.senim.referral.datakey;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.CaseworkerMessageSent;
import org.senim.contracts.events.ReferralMessageReceived;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.ReportServiceStub;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The referral-service's own events carry free text only as ciphertext under the report's
 * data key (docs/security.md, crypto-shredding): the raw records on the broker hold none
 * of it, and each field opens with the report's key, bound to its event, field and
 * record. The NGO data-key API gives that key to the referral's organization alone.
 */
class SealedEventTextIntegrationTests extends IntegrationTestBase {

	private static final String TIPSTER_MARK = "Tipster-mark: they moved us to the brick works.";

	private static final String CASEWORKER_MARK = "Caseworker-mark: we are coming tonight.";

	private static final String OUTCOME_MARK = "Outcome-mark: three workers are in the shelter.";

	private static final String DECLINE_MARK = "Decline-mark: no lawyer free this week.";

	@Autowired
	private DatabaseClient db;

	@Test
	void sealsEveryFreeTextOfItsEventsUnderTheReportsDataKey() throws Exception {
		// Offered to the shelter and the legal aid; the shelter accepts, the legal aid's
		// offer is withdrawn. A second tip's offer the legal aid declines.
		ReportSubmitted report = Reports.tip("almaty").submitted();
		ReportSubmitted declined = Reports.tip("almaty").submitted();

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"));
				Consumer<String, byte[]> status = consumer(Topics.REFERRALS_STATUS)) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
			send(Topics.REPORTS_SUBMITTED, declined.reportId().toString(), reportEvent(declined));
			UUID shelter = awaitReferral(report.reportId(), ALMATY_SHELTER_ORG);
			UUID legalAid = awaitReferral(report.reportId(), ALMATY_LEGAL_AID_ORG);
			UUID toDecline = awaitReferral(declined.reportId(), ALMATY_LEGAL_AID_ORG);
			sendTipsterMessage(tipsterMessage(report.reportId(), TIPSTER_MARK));
			awaitForwarded(shelter);
			answer(shelter, "accept", ALMATY_SHELTER_ORG, "{}");
			answer(shelter, "messages", ALMATY_SHELTER_ORG, "{\"text\":\"" + CASEWORKER_MARK + "\"}");
			answer(shelter, "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"" + OUTCOME_MARK + "\"}");
			answer(toDecline, "decline", ALMATY_LEGAL_AID_ORG, "{\"reason\":\"" + DECLINE_MARK + "\"}");

			// two offers, two messages, accepted, withdrawn, closed; two offers and a
			// decline
			List<ConsumerRecord<String, byte[]>> referralEvents = awaitRecords(almaty,
					(r) -> about(r, report) || about(r, declined), 10);
			List<ConsumerRecord<String, byte[]>> statusEvents = awaitRecords(status,
					(r) -> r.key().equals(report.reportId().toString()) && isCaseworkerMessage(r), 1);

			assertThat(referralEvents).hasSize(10);
			assertThat(referralEvents).allSatisfy(SealedEventTextIntegrationTests::holdsNoMark);
			assertThat(statusEvents).allSatisfy(SealedEventTextIntegrationTests::holdsNoMark);
			assertThat(opened(referralEvents))
				.containsOnly(Reports.DESCRIPTION, TIPSTER_MARK, OUTCOME_MARK, DECLINE_MARK,
						"Another organization accepted the tip.")
				.contains(Reports.DESCRIPTION, TIPSTER_MARK, OUTCOME_MARK, DECLINE_MARK,
						"Another organization accepted the tip.");
			CaseworkerMessageSent reply = this.codec.decode(statusEvents.get(0).value(), EventType.CASEWORKER_MESSAGE)
				.data();
			assertThat(ReportServiceStub.open(report.reportId(), report.reportId(), EventType.CASEWORKER_MESSAGE,
					"text", reply.text()))
				.isEqualTo(CASEWORKER_MARK);
			assertThat(legalAid).isNotEqualTo(shelter);
		}
	}

	@Test
	void givesTheReportsDataKeyToTheReferralsOrganizationOnlyAndAuditsIt() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		UUID referral = awaitReferral(report.reportId(), ALMATY_SHELTER_ORG);
		String worker = TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty");

		Map<String, Object> key = http().get()
			.uri("/api/referrals/{id}/data-key", referral)
			.headers((headers) -> headers.setBearerAuth(worker))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(CacheControl.noStore())
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(key).containsEntry("keyId", "report:" + report.reportId())
			.containsEntry("algorithm", "AES-256-GCM")
			.containsEntry("key",
					Base64.getEncoder().encodeToString(REPORT_SERVICE.keyOf(report.reportId()).material()));
		assertThat(auditRows(referral, "KEY_RELEASED")).containsExactly("ngo-almaty");
		// Another organization's referral answers what an unknown one answers.
		UUID unknownId = UUID.randomUUID();
		String other = TestTokens.ngoWorker(ALMATY_LEGAL_AID_ORG, "almaty");
		assertThat(problemOf(referral, other).replace(referral.toString(), "ID"))
			.isEqualTo(problemOf(unknownId, other).replace(unknownId.toString(), "ID"));
		// No token (401) and every other role (403): AuthorizationMatrixIntegrationTests.
		assertThat(auditRows(referral, "KEY_RELEASED")).as("refusals release nothing").hasSize(1);
	}

	@Test
	void answersNotFoundForTheDataKeyOnceTheReportExpired() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		UUID referral = awaitReferral(report.reportId(), ALMATY_SHELTER_ORG);
		String worker = TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty");
		http().get()
			.uri("/api/referrals/{id}/data-key", referral)
			.headers((headers) -> headers.setBearerAuth(worker))
			.exchange()
			.expectStatus()
			.isOk();

		REPORT_SERVICE.expire(report.reportId());
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(),
				SenimEvent.of(EventType.REPORT_EXPIRED, URI.create("urn:test"), report.reportId().toString(),
						new ReportExpired(report.reportId(), Instant.now())));

		await().atMost(TIMEOUT)
			.untilAsserted(() -> http().get()
				.uri("/api/referrals/{id}/data-key", referral)
				.headers((headers) -> headers.setBearerAuth(worker))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void describesTheDataKeyApiInTheOpenApiDescription() {
		http().get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/referrals/{id}/data-key'].get")
			.exists();
	}

	private String problemOf(UUID referral, String token) {
		return new String(http().get()
			.uri("/api/referrals/{id}/data-key", referral)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody(), StandardCharsets.UTF_8);
	}

	private List<String> opened(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream().map((record) -> this.codec.decode(record.value())).<String>mapMulti((event, texts) -> {
			if (event.data() instanceof ReferralOffered offered) {
				texts.accept(ReportServiceStub.open(offered.reportId(), offered.referralId(),
						EventType.REFERRAL_OFFERED, "description", offered.description()));
			}
			if (event.data() instanceof ReferralUpdated updated && updated.reason() != null) {
				texts.accept(ReportServiceStub.open(updated.reportId(), updated.referralId(),
						EventType.REFERRAL_UPDATED, "reason", updated.reason()));
			}
			if (event.data() instanceof ReferralMessageReceived message) {
				texts.accept(ReportServiceStub.open(message.reportId(), message.referralId(),
						EventType.REFERRAL_MESSAGE_RECEIVED, "text", message.text()));
			}
		}).toList();
	}

	private static void holdsNoMark(ConsumerRecord<String, byte[]> record) {
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("mark:")
			.doesNotContain("passports")
			.doesNotContain("Another organization");
	}

	private boolean isCaseworkerMessage(ConsumerRecord<String, byte[]> record) {
		return new String(record.value(), StandardCharsets.UTF_8).contains(EventType.CASEWORKER_MESSAGE.type());
	}

	private static boolean about(ConsumerRecord<String, byte[]> record, ReportSubmitted report) {
		return new String(record.value(), StandardCharsets.UTF_8)
			.contains("\"reportId\":\"" + report.reportId() + "\"");
	}

	private void awaitForwarded(UUID referral) {
		await().atMost(TIMEOUT)
			.until(() -> this.db
				.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE event_type = :type AND record_key = :key")
				.bind("type", EventType.REFERRAL_MESSAGE_RECEIVED.type())
				.bind("key", referral.toString())
				.map((row, meta) -> row.get("n", Long.class))
				.one()
				.block() == 1);
	}

	private void answer(UUID referral, String action, UUID organization, String body) {
		http().post()
			.uri("/api/referrals/{id}/{action}", referral, action)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private List<String> auditRows(UUID referral, String action) {
		return this.db.sql("SELECT actor_subject FROM audit_event WHERE object_id = :id AND action = :action")
			.bind("id", referral)
			.bind("action", action)
			.map((row, meta) -> row.get("actor_subject", String.class))
			.all()
			.collectList()
			.block(TIMEOUT);
	}

}
