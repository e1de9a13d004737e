package org.senim.report.intake;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.report.DatabaseSwitch;
import org.senim.report.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the report database is away, intake and follow-up answer 503 with
 * {@code Retry-After} (not 500, never 201) and store nothing; once it is back, tips are
 * accepted again without a restart (issue 12, database outage).
 */
class DatabaseOutageIntegrationTests extends IntegrationTestSupport {

	private static final String TIP = """
			{"city":"almaty","exploitationTypes":["FORCED_LABOUR"],
			 "description":"Workers at a brick factory are not paid and cannot leave."}""";

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@AfterEach
	void bringDatabaseBack() {
		DatabaseSwitch.restore();
	}

	@Test
	void answersTipWithServiceUnavailableWhileItsDatabaseIsAwayAndStoresNothing() {
		long reportsBefore = count("report");
		long outboxBefore = count("outbox_event");

		DatabaseSwitch.cut();
		expectUnavailable(post("/api/reports", TIP));
		expectUnavailable(post("/api/reports", TIP).header("Idempotency-Key", idempotencyKey()));
		DatabaseSwitch.restore();

		assertThat(count("report")).isEqualTo(reportsBefore);
		assertThat(count("outbox_event")).isEqualTo(outboxBefore);
		post("/api/reports", TIP).exchange().expectStatus().isCreated();
		assertThat(count("report")).isEqualTo(reportsBefore + 1);
	}

	@Test
	void answersFollowUpWithServiceUnavailableWhileItsDatabaseIsAway() {
		DatabaseSwitch.cut();

		expectUnavailable(post("/api/reports/followup", "{\"receipt\":\"1234567890123456\"}"));
		expectUnavailable(
				post("/api/reports/followup/messages", "{\"receipt\":\"1234567890123456\",\"text\":\"hello\"}"));
	}

	private WebTestClient.RequestHeadersSpec<?> post(String path, String body) {
		return this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
	}

	private static void expectUnavailable(WebTestClient.RequestHeadersSpec<?> request) {
		request.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.RETRY_AFTER, "\\d+")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.UNAVAILABLE.toString())
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("11616", "8 800 080 00 15")
				.doesNotContain("R2DBC", "5432", "Connection"));
	}

	private long count(String table) {
		return this.db.sql("SELECT COUNT(*) AS n FROM " + table)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

}
