package org.senim.referral.offer;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipStatusChanged;
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

class ReportExpiryIntegrationTests extends IntegrationTestBase {

	@Autowired
	private ReferralRepository referrals;

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
	void purgesReferralsDescriptionsAndMessagesOfExpiredReportOnce() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(report.reportId()).count().block() == 2);
		List<UUID> ids = this.referrals.findByReport(report.reportId()).map(Referral::id).collectList().block();
		UUID shelter = this.referrals.findByReport(report.reportId())
			.filter((referral) -> ALMATY_SHELTER_ORG.equals(referral.organizationId()))
			.blockFirst()
			.id();
		post(shelter, "accept", null);
		post(shelter, "messages", "{\"text\":\"Please call the hotline again.\"}");
		assertThat(outboxRowsOf(report, ids)).isPositive();

		SenimEvent<ReportExpired> expired = SenimEvent.of(EventType.REPORT_EXPIRED, URI.create("urn:test"),
				report.reportId().toString(), new ReportExpired(report.reportId(), Instant.now()));
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), expired);

		await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(report.reportId()).count().block() == 0);
		assertThat(outboxRowsOf(report, ids)).isZero();
		assertThat(this.referrals.findCase(report.reportId()).blockOptional()).isEmpty();

		// Redelivered: nothing left to purge, and the partition keeps flowing.
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), expired);
		ReportSubmitted next = Reports.tip("almaty").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(next));
		await().atMost(TIMEOUT).until(() -> this.referrals.findByReport(next.reportId()).count().block() == 2);
		assertThat(this.referrals.findByReport(report.reportId()).count().block()).isZero();
	}

	@Test
	void sendsEventOfTypeForeignToTopicToDeadLetterTopic() throws Exception {
		UUID reportId = UUID.randomUUID();
		SenimEvent<TipStatusChanged> misplaced = SenimEvent.of(EventType.REFERRAL_STATUS_CHANGED,
				URI.create("urn:test"), reportId.toString(),
				new TipStatusChanged(reportId, TipStatusChanged.TipStatus.ROUTED, Instant.now()));

		try (Consumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REPORTS_SUBMITTED))) {
			send(Topics.REPORTS_SUBMITTED, reportId.toString(), misplaced);

			ConsumerRecord<String, byte[]> dead = awaitRecords(deadLetters, (r) -> reportId.toString().equals(r.key()),
					1)
				.get(0);
			assertThat(this.codec.decode(dead.value()).id()).isEqualTo(misplaced.id());
		}
	}

	private long outboxRowsOf(ReportSubmitted report, List<UUID> referralIds) {
		List<String> keys = new ArrayList<>(referralIds.stream().map(UUID::toString).toList());
		keys.add(report.reportId().toString());
		return this.db.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key IN (:keys)")
			.bind("keys", keys)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

	private void post(UUID id, String action, String json) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/referrals/{id}/{action}", id, action)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty")));
		WebTestClient.ResponseSpec response = (json != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange() : request.exchange();
		response.expectStatus().is2xxSuccessful();
	}

}
