package org.senim.report.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.report.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentSubmissionIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Test
	void answersRetriedSubmissionWithTheFirstResult() {
		String key = idempotencyKey();
		String body = tip("retried after a network drop");
		long reportsBefore = count("report");

		TipAccepted first = submit(key, body);
		TipAccepted retried = submit(key, body);

		assertThat(retried).isEqualTo(first);
		assertThat(count("report")).isEqualTo(reportsBefore + 1);
		assertThat(count("outbox_event WHERE record_key = '" + first.reportId() + "'")).isEqualTo(1);
	}

	@Test
	void refusesTheSameKeyForAnotherTip() {
		String key = idempotencyKey();
		submit(key, tip("the first tip"));

		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key)
			.bodyValue(tip("a different tip"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.CONFLICT.toString())
			.jsonPath("$.errors[0].field")
			.isEqualTo("Idempotency-Key");
	}

	@Test
	void storesOneReportForConcurrentRetries() {
		String key = idempotencyKey();
		String body = tip("sent twice at once");
		long reportsBefore = count("report");

		CompletableFuture<TipAccepted> one = CompletableFuture.supplyAsync(() -> submit(key, body));
		CompletableFuture<TipAccepted> two = CompletableFuture.supplyAsync(() -> submit(key, body));

		assertThat(one.join()).isEqualTo(two.join());
		assertThat(count("report")).isEqualTo(reportsBefore + 1);
	}

	@Test
	void forgetsKeysAfterTheirLifetime() {
		String key = idempotencyKey();
		String body = tip("retried the next day");
		TipAccepted first = submit(key, body);
		this.db.sql("UPDATE idempotency_key SET expires_at = :past WHERE report_id = :id")
			.bind("past", Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC))
			.bind("id", first.reportId())
			.then()
			.block(Duration.ofSeconds(5));

		TipAccepted later = submit(key, body);

		assertThat(later.reportId()).isNotEqualTo(first.reportId());
		assertThat(count("idempotency_key WHERE report_id = '" + first.reportId() + "'")).isZero();
	}

	private TipAccepted submit(String key, String body) {
		return this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(TipAccepted.class)
			.returnResult()
			.getResponseBody();
	}

	private long count(String from) {
		return this.db.sql("SELECT COUNT(*) AS n FROM " + from)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
	}

	private static String tip(String description) {
		return """
				{"city":"almaty","exploitationTypes":["FORCED_BEGGING"],"description":"%s"}""".formatted(description);
	}

}
