package org.senim.referral.offer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.CaseworkerMessageSent;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipStatusChanged;
import org.senim.contracts.events.TipStatusChanged.TipStatus;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.ReportServiceStub;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Accept, withdraw, close and messages to the tipster, end to end. */
class ReferralLifecycleIntegrationTests extends IntegrationTestBase {

	@Autowired
	private ReferralRepository referrals;

	@LocalServerPort
	private int port;

	private WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void withdrawsOtherOffersWhenOneOrganizationAccepts() throws Exception {
		ReportSubmitted report = routedTip();
		Referral shelter = offerTo(report, ALMATY_SHELTER_ORG);
		Referral legalAid = offerTo(report, ALMATY_LEGAL_AID_ORG);

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"))) {
			post(shelter.id(), "accept", ALMATY_SHELTER_ORG, null).expectStatus().isOk();

			ReferralUpdated withdrawn = (ReferralUpdated) this.codec
				.decode(awaitRecords(almaty, (r) -> updateOf(r, legalAid.id()) != null, 1).get(0).value())
				.data();
			assertThat(withdrawn.status()).isEqualTo(ReferralUpdated.Status.WITHDRAWN);
			assertThat(withdrawn.organizationId()).isEqualTo(ALMATY_LEGAL_AID_ORG);
			assertThat(ReportServiceStub.open(withdrawn.reportId(), withdrawn.referralId(), EventType.REFERRAL_UPDATED,
					"reason", withdrawn.reason()))
				.isEqualTo(ReferralDecisions.WITHDRAWN_REASON);
		}
		assertThat(this.referrals.findById(legalAid.id()).block().status()).isEqualTo(ReferralStatus.WITHDRAWN);
		post(legalAid.id(), "accept", ALMATY_LEGAL_AID_ORG, null).expectStatus().isEqualTo(409);
	}

	@Test
	void tellsTipsterMailboxRoutedAcceptedClosedWithoutOrganization() throws Exception {
		try (Consumer<String, byte[]> status = consumer(Topics.REFERRALS_STATUS)) {
			ReportSubmitted report = routedTip();
			Referral shelter = offerTo(report, ALMATY_SHELTER_ORG);
			post(shelter.id(), "accept", ALMATY_SHELTER_ORG, null).expectStatus().isOk();
			post(shelter.id(), "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"Victims placed in the shelter\"}")
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("CLOSED");

			List<ConsumerRecord<String, byte[]>> records = awaitRecords(status,
					(r) -> r.key().equals(report.reportId().toString())
							&& this.codec.decode(r.value()).data() instanceof TipStatusChanged,
					3);
			assertThat(records).extracting((r) -> ((TipStatusChanged) this.codec.decode(r.value()).data()).status())
				.containsExactly(TipStatus.ROUTED, TipStatus.ACCEPTED, TipStatus.CLOSED);
			assertThat(records).allSatisfy(
					(r) -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("Sample NGO")
						.doesNotContain(ALMATY_SHELTER_ORG.toString()));
		}
	}

	@Test
	void closesAcceptedCaseWithOutcome() throws Exception {
		ReportSubmitted report = routedTip();
		Referral shelter = offerTo(report, ALMATY_SHELTER_ORG);

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"))) {
			post(shelter.id(), "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"Done\"}").expectStatus().isEqualTo(409);
			post(shelter.id(), "accept", ALMATY_SHELTER_ORG, null).expectStatus().isOk();
			post(shelter.id(), "close", ALMATY_LEGAL_AID_ORG, "{\"outcome\":\"Done\"}").expectStatus().isNotFound();
			post(shelter.id(), "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"Victims placed in the shelter\"}")
				.expectStatus()
				.isOk();

			ReferralUpdated closed = awaitRecords(almaty, (r) -> {
				ReferralUpdated update = updateOf(r, shelter.id());
				return update != null && update.status() == ReferralUpdated.Status.CLOSED;
			}, 1).stream().map((r) -> updateOf(r, shelter.id())).findFirst().orElseThrow();
			assertThat(ReportServiceStub.open(closed.reportId(), closed.referralId(), EventType.REFERRAL_UPDATED,
					"reason", closed.reason()))
				.isEqualTo("Victims placed in the shelter");
		}
		assertThat(this.referrals.findById(shelter.id()).block().status()).isEqualTo(ReferralStatus.CLOSED);
		post(shelter.id(), "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"Again\"}").expectStatus().isEqualTo(409);
	}

	@Test
	void rejectsCloseWithoutOutcomeOrWithTooLongOne() throws Exception {
		ReportSubmitted report = routedTip();
		Referral shelter = offerTo(report, ALMATY_SHELTER_ORG);
		post(shelter.id(), "accept", ALMATY_SHELTER_ORG, null).expectStatus().isOk();

		post(shelter.id(), "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"  \"}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("outcome");
		post(shelter.id(), "close", ALMATY_SHELTER_ORG, "{\"outcome\":\"" + "x".repeat(501) + "\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("outcome");
		post(shelter.id(), "close", ALMATY_SHELTER_ORG, "{\"outcome\":").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.referrals.findById(shelter.id()).block().status()).isEqualTo(ReferralStatus.ACCEPTED);
	}

	@Test
	void sendsCaseworkerMessageToTipsterMailboxNamingNoWorker() throws Exception {
		ReportSubmitted report = routedTip();
		Referral shelter = offerTo(report, ALMATY_SHELTER_ORG);
		String message = "We have placed a team nearby. Can you tell us the farm's road?";

		post(shelter.id(), "messages", ALMATY_SHELTER_ORG, "{\"text\":\"Too early\"}").expectStatus().isEqualTo(409);
		post(shelter.id(), "accept", ALMATY_SHELTER_ORG, null).expectStatus().isOk();
		try (Consumer<String, byte[]> status = consumer(Topics.REFERRALS_STATUS)) {
			post(shelter.id(), "messages", ALMATY_SHELTER_ORG, "{\"text\":\"" + message + "\"}").expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.messageId")
				.isNotEmpty();

			ConsumerRecord<String, byte[]> record = awaitRecords(status,
					(r) -> this.codec.decode(r.value()).data() instanceof CaseworkerMessageSent sent
							&& sent.reportId().equals(report.reportId()),
					1)
				.get(0);
			assertThat(record.key()).isEqualTo(report.reportId().toString());
			CaseworkerMessageSent sent = (CaseworkerMessageSent) this.codec.decode(record.value()).data();
			assertThat(ReportServiceStub.open(report.reportId(), report.reportId(), EventType.CASEWORKER_MESSAGE,
					"text", sent.text()))
				.isEqualTo(message);
			// The worker's token subject is "ngo-almaty".
			assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(ALMATY_SHELTER_ORG.toString())
				.doesNotContain("ngo-almaty");
		}
	}

	@Test
	void rejectsEmptyOrTooLongMessageAndMessageFromOtherOrganization() throws Exception {
		ReportSubmitted report = routedTip();
		Referral shelter = offerTo(report, ALMATY_SHELTER_ORG);
		post(shelter.id(), "accept", ALMATY_SHELTER_ORG, null).expectStatus().isOk();

		post(shelter.id(), "messages", ALMATY_SHELTER_ORG, "{\"text\":\"\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("text");
		post(shelter.id(), "messages", ALMATY_SHELTER_ORG, "{\"text\":\"" + "x".repeat(2001) + "\"}").expectStatus()
			.isBadRequest();
		post(shelter.id(), "messages", ALMATY_SHELTER_ORG, "{\"text\":\"" + "x".repeat(2000) + "\"}").expectStatus()
			.isAccepted();
		post(shelter.id(), "messages", SHYMKENT_ORG, "{\"text\":\"Hello\"}").expectStatus().isNotFound();
	}

	private ReportSubmitted routedTip() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(report.reportId()).count().block() == 2);
		return report;
	}

	private Referral offerTo(ReportSubmitted report, UUID organization) {
		return this.referrals.findByReport(report.reportId())
			.filter((referral) -> organization.equals(referral.organizationId()))
			.blockFirst();
	}

	private WebTestClient.ResponseSpec post(UUID id, String action, UUID organization, String json) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/referrals/{id}/{action}", id, action)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")));
		if (json != null) {
			return request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
		}
		return request.exchange();
	}

	private ReferralUpdated updateOf(ConsumerRecord<String, byte[]> record, UUID referralId) {
		return (this.codec.decode(record.value()).data() instanceof ReferralUpdated update
				&& update.referralId().equals(referralId)) ? update : null;
	}

}
