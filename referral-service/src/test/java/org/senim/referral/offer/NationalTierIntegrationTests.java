package org.senim.referral.offer;

import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.ReportServiceStub;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The national tier: offers to national organizations, seen and answered by their NGO
 * workers like any offer.
 */
class NationalTierIntegrationTests extends IntegrationTestBase {

	private static final UUID NATIONAL_SERVICE = UUID.fromString("0b000000-0000-4000-8000-000000000016");

	private final String nationalWorker = TestTokens.ngoWorker(NATIONAL_ORG, Topics.NATIONAL_TIER);

	@Autowired
	private ReferralRepository referrals;

	@Test
	void offersTipEveryCityDeclinesToNationalOrganizationWhoseWorkerAnswersIt() throws Exception {
		try (Consumer<String, byte[]> national = consumer(Topics.referralsOf(Topics.NATIONAL_TIER))) {
			ReportSubmitted report = Reports.tip("almaty").submitted();
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
			await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(report.reportId()).count().block() == 2);

			// Tier by tier, every city organization declines.
			Referral offer = await().atMost(TIMEOUT).until(() -> {
				declineStandingCityOffers(report);
				return nationalOffer(report);
			}, (found) -> found != null);

			assertThat(offer.organizationId()).isEqualTo(NATIONAL_ORG);
			assertThat(offer.serviceId()).isEqualTo(NATIONAL_SERVICE);
			ReferralOffered event = (ReferralOffered) this.codec
				.decode(awaitRecords(national, (r) -> offerOf(r, report), 1).get(0).value())
				.data();
			assertThat(event.organizationId()).isEqualTo(NATIONAL_ORG);
			assertThat(event.referralId()).isEqualTo(offer.id());
			assertThat(ReportServiceStub.open(report.reportId(), event.referralId(), EventType.REFERRAL_OFFERED,
					"description", event.description()))
				.isEqualTo(Reports.DESCRIPTION);
			assertThat(event.city()).isEqualTo(Topics.NATIONAL_TIER);
			assertThat(event.tipCity()).as("the city the tip is about").isEqualTo("almaty");
			assertThat(offer.tipCity()).isEqualTo("almaty");
			answeredByNationalWorker(offer);
		}
	}

	private void answeredByNationalWorker(Referral offer) {
		http().get()
			.uri("/api/referrals?status=OFFERED")
			.headers((headers) -> headers.setBearerAuth(this.nationalWorker))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + offer.id() + "')].city")
			.isEqualTo(Topics.NATIONAL_TIER)
			.jsonPath("$[?(@.id == '" + offer.id() + "')].tipCity")
			.isEqualTo("almaty");
		http().get()
			.uri("/api/referrals/{id}", offer.id())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isNotFound();
		http().get()
			.uri("/api/referrals/{id}", offer.id())
			.headers((headers) -> headers.setBearerAuth(this.nationalWorker))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.organizationId")
			.isEqualTo(NATIONAL_ORG.toString())
			.jsonPath("$.tipCity")
			.isEqualTo("almaty");
		post(offer.id(), "accept", null).expectStatus().isOk();
		post(offer.id(), "messages", "{\"text\":\"We can help; please write back.\"}").expectStatus().isAccepted();
		http().get()
			.uri("/api/referrals/{id}/messages", offer.id())
			.headers((headers) -> headers.setBearerAuth(this.nationalWorker))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].text")
			.isEqualTo("We can help; please write back.");
		post(offer.id(), "close", "{\"outcome\":\"Referred to a shelter\"}").expectStatus().isOk();
	}

	private void declineStandingCityOffers(ReportSubmitted report) {
		this.referrals.findByReport(report.reportId())
			.filter((referral) -> referral.status() == ReferralStatus.OFFERED
					&& !Topics.NATIONAL_TIER.equals(referral.city()))
			.toStream()
			.forEach((referral) -> http().post()
				.uri("/api/referrals/{id}/decline", referral.id())
				.headers((headers) -> headers
					.setBearerAuth(TestTokens.ngoWorker(referral.organizationId(), referral.city())))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"reason\":\"No free places\"}")
				.exchange()
				.expectStatus()
				.isOk());
	}

	private Referral nationalOffer(ReportSubmitted report) {
		return this.referrals.findByReport(report.reportId())
			.filter((referral) -> Topics.NATIONAL_TIER.equals(referral.city()))
			.blockFirst(TIMEOUT);
	}

	private WebTestClient.ResponseSpec post(UUID id, String action, String body) {
		WebTestClient.RequestBodySpec request = http().post()
			.uri("/api/referrals/{id}/" + action, id)
			.headers((headers) -> headers.setBearerAuth(this.nationalWorker));
		return (body != null) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
				: request.exchange();
	}

	private boolean offerOf(ConsumerRecord<String, byte[]> record, ReportSubmitted report) {
		return this.codec.decode(record.value()).data() instanceof ReferralOffered offered
				&& offered.reportId().equals(report.reportId());
	}

}
