package org.senim.referral.offer;

import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.contracts.events.ReportSubmitted;
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

class ReferralDecisionIntegrationTests extends IntegrationTestBase {

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
	void acceptsOfferOnceAndPublishesUpdate() throws Exception {
		Referral offer = offeredTo(ALMATY_SHELTER_ORG);

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"))) {
			post(offer.id(), "accept", ALMATY_SHELTER_ORG, null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("ACCEPTED");

			ReferralUpdated update = updateOf(awaitRecords(almaty, (r) -> updates(r, offer), 1).get(0));
			assertThat(update.status()).isEqualTo(ReferralUpdated.Status.ACCEPTED);
			assertThat(update.organizationId()).isEqualTo(ALMATY_SHELTER_ORG);
			assertThat(update.reason()).isNull();
		}
		post(offer.id(), "decline", ALMATY_SHELTER_ORG, "Changed our mind").expectStatus().isEqualTo(409);
		assertThat(this.referrals.findById(offer.id()).block().status()).isEqualTo(ReferralStatus.ACCEPTED);
	}

	@Test
	void declinesOfferWithReason() throws Exception {
		Referral offer = offeredTo(ALMATY_LEGAL_AID_ORG);

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"))) {
			post(offer.id(), "decline", ALMATY_LEGAL_AID_ORG, "No free places").expectStatus().isOk();

			ReferralUpdated update = updateOf(awaitRecords(almaty, (r) -> updates(r, offer), 1).get(0));
			assertThat(update.status()).isEqualTo(ReferralUpdated.Status.DECLINED);
			assertThat(ReportServiceStub.open(update.reportId(), update.referralId(), EventType.REFERRAL_UPDATED,
					"reason", update.reason()))
				.isEqualTo("No free places");
		}
	}

	@Test
	void hidesOfferFromOtherOrganization() throws Exception {
		Referral offer = offeredTo(ALMATY_SHELTER_ORG);

		post(offer.id(), "accept", SHYMKENT_ORG, null).expectStatus().isNotFound();
		assertThat(this.referrals.findById(offer.id()).block().status()).isEqualTo(ReferralStatus.OFFERED);
	}

	private Referral offeredTo(UUID organization) throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(report.reportId()).count().block() == 2);
		return this.referrals.findByReport(report.reportId())
			.filter((referral) -> organization.equals(referral.organizationId()))
			.blockFirst();
	}

	private WebTestClient.ResponseSpec post(UUID id, String decision, UUID organization, String reason) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/referrals/{id}/{decision}", id, decision)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")));
		if (reason != null) {
			return request.contentType(MediaType.APPLICATION_JSON).bodyValue(new DeclineRequest(reason)).exchange();
		}
		return request.exchange();
	}

	private boolean updates(ConsumerRecord<String, byte[]> record, Referral offer) {
		return this.codec.decode(record.value()).data() instanceof ReferralUpdated update
				&& update.referralId().equals(offer.id()) && record.key().equals(offer.id().toString());
	}

	private ReferralUpdated updateOf(ConsumerRecord<String, byte[]> record) {
		SenimEvent<?> event = this.codec.decode(record.value());
		return (ReferralUpdated) event.data();
	}

}
