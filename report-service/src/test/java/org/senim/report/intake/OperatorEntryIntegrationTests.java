package org.senim.report.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.report.IntegrationTestSupport;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OperatorEntryIntegrationTests extends IntegrationTestSupport {

	private static final String TIP = """
			{"city":"karaganda","exploitationTypes":["FORCED_LABOUR"],
			 "description":"Caller says her brother works on a farm near Karaganda without pay; his passport was taken"}""";

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	private final CloudEventCodec codec = new CloudEventCodec();

	@Test
	void filesATipForACallerWithAnOperatorToken() {
		TipAccepted accepted = submit(TestTokens.withRoles("operator", "HOTLINE_OPERATOR")).expectStatus()
			.isCreated()
			.expectBody(TipAccepted.class)
			.returnResult()
			.getResponseBody();

		assertThat(accepted.receipt()).matches("\\d{16}");
		assertThat(operatorEntered(accepted.reportId())).isTrue();
		ConsumerRecord<String, byte[]> record = awaitRecord(accepted.reportId().toString());
		ReportSubmitted event = this.codec.decode(record.value(), EventType.REPORT_SUBMITTED).data();
		assertThat(event.operatorEntered()).isTrue();
	}

	@Test
	void keepsATipWithoutTokenAnonymous() {
		TipAccepted accepted = this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(TIP)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(TipAccepted.class)
			.returnResult()
			.getResponseBody();

		assertThat(operatorEntered(accepted.reportId())).isFalse();
		ConsumerRecord<String, byte[]> record = awaitRecord(accepted.reportId().toString());
		assertThat(this.codec.decode(record.value(), EventType.REPORT_SUBMITTED).data().operatorEntered()).isFalse();
	}

	@Test
	void rejectsAnExpiredOrForgedTokenInsteadOfFilingAnonymously() {
		long before = reportCount();
		for (String token : List.of(TestTokens.expired("operator", "HOTLINE_OPERATOR"),
				TestTokens.forged("operator", "HOTLINE_OPERATOR"), "not-a-jwt")) {
			submit(token).expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(ProblemTypes.UNAUTHORIZED.toString())
				.jsonPath("$.status")
				.isEqualTo(401);
		}
		assertThat(reportCount()).isEqualTo(before);
	}

	@Test
	void forbidsFilingWithAValidTokenOfAnotherRole() {
		long before = reportCount();
		for (String token : List.of(
				TestTokens.ngoWorker(UUID.fromString("0a000000-0000-4000-8000-000000000004"), "almaty"),
				TestTokens.withRoles("police", "POLICE_LIAISON"))) {
			submit(token).expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(ProblemTypes.FORBIDDEN.toString());
		}
		assertThat(reportCount()).isEqualTo(before);
	}

	private WebTestClient.ResponseSpec submit(String token) {
		return this.client.post()
			.uri("/api/reports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(TIP)
			.exchange();
	}

	private boolean operatorEntered(UUID reportId) {
		return this.db.sql("SELECT operator_entered FROM report WHERE id = :id")
			.bind("id", reportId)
			.map((row) -> row.get("operator_entered", Boolean.class))
			.one()
			.block(Duration.ofSeconds(5));
	}

	private long reportCount() {
		return this.db.sql("SELECT COUNT(*) AS n FROM report")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
	}

	private ConsumerRecord<String, byte[]> awaitRecord(String key) {
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumerOf(Topics.REPORTS_SUBMITTED)) {
			await().atMost(patience()).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
				return seen.stream().anyMatch((record) -> key.equals(record.key()));
			});
		}
		return seen.stream().filter((record) -> key.equals(record.key())).findFirst().orElseThrow();
	}

}
