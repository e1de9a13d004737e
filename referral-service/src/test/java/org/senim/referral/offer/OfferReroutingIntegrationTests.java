package org.senim.referral.offer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReferralRerouted;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.ReportServiceStub;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Re-routing to the next tier. The shared context keeps the 30-minute offer timeout (a
 * timeout of seconds would re-route the offers of every other test class while it runs),
 * so these tests move their own offers' {@code respond_by} into the past and let the
 * running sweep (every 500 ms here) find them.
 */
class OfferReroutingIntegrationTests extends IntegrationTestBase {

	@Autowired
	private ReferralRepository referrals;

	@Autowired
	private OfferTimeoutSweep sweep;

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
	void reroutesUnansweredOffersToNearestOtherCityThenToNationalTier() throws Exception {
		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"));
				Consumer<String, byte[]> shymkent = consumer(Topics.referralsOf("shymkent"));
				Consumer<String, byte[]> national = consumer(Topics.referralsOf(Topics.NATIONAL_TIER))) {
			ReportSubmitted report = routedTip();

			passRespondBy(report);

			List<ReferralRerouted> rerouted = awaitRecords(almaty, (r) -> reroutedOf(r, report) != null, 2).stream()
				.map((r) -> reroutedOf(r, report))
				.toList();
			assertThat(rerouted).extracting(ReferralRerouted::organizationId)
				.containsExactlyInAnyOrder(ALMATY_SHELTER_ORG, ALMATY_LEGAL_AID_ORG);
			assertThat(rerouted).allSatisfy((event) -> {
				assertThat(event.toTier()).isEqualTo("shymkent");
				assertThat(event.reason()).isEqualTo(Rerouting.EXPIRED);
			});
			ReferralOffered next = offeredOf(awaitRecords(shymkent, (r) -> offeredOf(r, report) != null, 1).get(0),
					report);
			assertThat(next.organizationId()).isEqualTo(SHYMKENT_ORG);
			// The re-routed offer carries the description sealed anew, bound to its own
			// referral.
			assertThat(ReportServiceStub.open(report.reportId(), next.referralId(), EventType.REFERRAL_OFFERED,
					"description", next.description()))
				.isEqualTo(Reports.DESCRIPTION);
			assertThat(next.city()).isEqualTo("shymkent");
			assertThat(next.tipCity()).as("the city the tip is about").isEqualTo("almaty");
			this.client.get()
				.uri("/api/referrals/{id}", next.referralId())
				.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(SHYMKENT_ORG, "shymkent")))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.city")
				.isEqualTo("shymkent")
				.jsonPath("$.tipCity")
				.isEqualTo("almaty");
			assertThat(Duration.between(next.offeredAt(), next.respondBy())).isEqualTo(Duration.ofMinutes(30));
			assertThat(this.referrals.findByReport(report.reportId()).collectList().block())
				.extracting(Referral::organizationId, Referral::status)
				.containsExactlyInAnyOrder(tuple(ALMATY_SHELTER_ORG, ReferralStatus.REROUTED),
						tuple(ALMATY_LEGAL_AID_ORG, ReferralStatus.REROUTED),
						tuple(SHYMKENT_ORG, ReferralStatus.OFFERED));

			passRespondBy(report);

			// Other test classes may add cities to the shared directory: the next tier is
			// any city not offered yet, and the national tier comes last.
			assertThat(
					reroutedOf(awaitRecords(shymkent, (r) -> reroutedOf(r, report) != null, 1).get(0), report).toTier())
				.isNotIn("almaty", "shymkent");
			await().atMost(TIMEOUT).until(() -> {
				passRespondBy(report);
				return this.referrals.findByReport(report.reportId())
					.any((referral) -> Topics.NATIONAL_TIER.equals(referral.city()))
					.block(TIMEOUT);
			});
			ReferralOffered toNational = offeredOf(
					awaitRecords(national, (r) -> offeredOf(r, report) != null, 1).get(0), report);
			assertThat(toNational.organizationId()).isEqualTo(NATIONAL_ORG);
			assertThat(toNational.tipCity()).isEqualTo("almaty");
		}
	}

	@Test
	void reroutesAtOnceWhenEveryOrganizationDeclines() throws Exception {
		try (Consumer<String, byte[]> shymkent = consumer(Topics.referralsOf("shymkent"))) {
			ReportSubmitted report = routedTip();
			Referral shelter = offerTo(report, ALMATY_SHELTER_ORG);
			Referral legalAid = offerTo(report, ALMATY_LEGAL_AID_ORG);

			decline(shelter.id(), ALMATY_SHELTER_ORG);
			assertThat(this.referrals.findByReport(report.reportId()).count().block()).isEqualTo(2);
			decline(legalAid.id(), ALMATY_LEGAL_AID_ORG);

			assertThat(this.referrals.findByReport(report.reportId()).collectList().block())
				.filteredOn((referral) -> referral.status() == ReferralStatus.OFFERED)
				.extracting(Referral::organizationId)
				.containsExactly(SHYMKENT_ORG);
			assertThat(offeredOf(awaitRecords(shymkent, (r) -> offeredOf(r, report) != null, 1).get(0), report)
				.organizationId()).isEqualTo(SHYMKENT_ORG);
		}
	}

	@Test
	void keepsNationalTierOfferPastItsDeadlineForTheAlertToWatch() throws Exception {
		ReportSubmitted report = Reports.tip("aktau").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(report.reportId()).count().block() == 1);

		passRespondBy(report);

		assertThat(this.sweep.sweep().block(TIMEOUT)).isZero();
		assertThat(this.referrals.findByReport(report.reportId()).collectList().block())
			.extracting(Referral::organizationId, Referral::status)
			.containsExactly(tuple(NATIONAL_ORG, ReferralStatus.OFFERED));
	}

	@Test
	void reroutesEachExpiredOfferOnceWhenSweepsRunTogether() throws Exception {
		ReportSubmitted report = routedTip();

		passRespondBy(report);
		List<Integer> claimed = Flux.merge(this.sweep.sweep(), this.sweep.sweep(), this.sweep.sweep())
			.collectList()
			.block(TIMEOUT);

		await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(report.reportId()).count().block() == 3);
		assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(2);
		assertThat(this.referrals.findByReport(report.reportId()).collectList().block()).extracting(Referral::status)
			.containsExactlyInAnyOrder(ReferralStatus.REROUTED, ReferralStatus.REROUTED, ReferralStatus.OFFERED);
	}

	private void passRespondBy(ReportSubmitted report) {
		this.db.sql("UPDATE referral SET respond_by = :past WHERE report_id = :reportId AND status = 'OFFERED'")
			.bind("past", Instant.now().minusSeconds(1))
			.bind("reportId", report.reportId())
			.fetch()
			.rowsUpdated()
			.block(TIMEOUT);
	}

	private void decline(UUID id, UUID organization) {
		this.client.post()
			.uri("/api/referrals/{id}/decline", id)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":\"No free places\"}")
			.exchange()
			.expectStatus()
			.isOk();
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

	private ReferralRerouted reroutedOf(ConsumerRecord<String, byte[]> record, ReportSubmitted report) {
		return (this.codec.decode(record.value()).data() instanceof ReferralRerouted rerouted
				&& rerouted.reportId().equals(report.reportId())) ? rerouted : null;
	}

	private ReferralOffered offeredOf(ConsumerRecord<String, byte[]> record, ReportSubmitted report) {
		return (this.codec.decode(record.value()).data() instanceof ReferralOffered offered
				&& offered.reportId().equals(report.reportId())) ? offered : null;
	}

}
