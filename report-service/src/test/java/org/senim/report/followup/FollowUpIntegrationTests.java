package org.senim.report.followup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.report.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

class FollowUpIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	private final CloudEventCodec codec = new CloudEventCodec();

	@Test
	void showsTheTipToWhoeverHoldsTheReceipt() {
		Map<?, ?> tip = submitTip();
		String receipt = (String) tip.get("receipt");
		String typed = receipt.substring(0, 4) + " " + receipt.substring(4, 8) + "-" + receipt.substring(8);

		post("/api/reports/followup", "{\"receipt\":\"" + typed + "\"}").expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Cache-Control", ".*no-store.*")
			.expectBody()
			.jsonPath("$.reportId")
			.isEqualTo(tip.get("reportId"))
			.jsonPath("$.status")
			.isEqualTo("RECEIVED")
			.jsonPath("$.history[0].status")
			.isEqualTo("RECEIVED")
			.jsonPath("$.messages")
			.isEmpty();
	}

	@Test
	void keepsTheTipstersMessagesSealed() {
		String receipt = (String) submitTip().get("receipt");
		String text = "They moved the girls to another sauna on Abay street";

		post("/api/reports/followup/messages", "{\"receipt\":\"" + receipt + "\",\"text\":\"" + text + "\"}")
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.messageId")
			.isNotEmpty();

		post("/api/reports/followup", "{\"receipt\":\"" + receipt + "\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.messages[0].from")
			.isEqualTo("TIPSTER")
			.jsonPath("$.messages[0].text")
			.isEqualTo(text);
		List<Map<String, Object>> rows = this.db.sql("SELECT * FROM report_message")
			.fetch()
			.all()
			.collectList()
			.block(Duration.ofSeconds(5));
		assertThat(rows).isNotEmpty()
			.allSatisfy((row) -> row.values()
				.forEach((value) -> assertThat(asText(value)).doesNotContain("Abay street").doesNotContain(receipt)));
	}

	@Test
	void publishesTheTipstersMessageForTheCaseWorkersAndKeepsItSealedInTheOutbox() {
		Map<?, ?> tip = submitTip();
		String reportId = (String) tip.get("reportId");
		String marker = UUID.randomUUID().toString();
		String text = "Они перевезли девушек в другую сауну " + marker;

		String messageId = post("/api/reports/followup/messages",
				"{\"receipt\":\"" + tip.get("receipt") + "\",\"text\":\"" + text + "\"}")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("messageId")
			.toString();

		ConsumerRecord<String, byte[]> record = awaitRecord(Topics.REPORTS_MESSAGES, reportId);
		SenimEvent<TipsterMessageSent> event = this.codec.decode(record.value(), EventType.TIPSTER_MESSAGE);
		assertThat(event.type().type()).isEqualTo("org.senim.tipster.message.v2");
		assertThat(event.subject()).isEqualTo(reportId);
		assertThat(event.data().messageId()).hasToString(messageId);
		assertThat(event.data().reportId()).hasToString(reportId);
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(marker);
		assertThat(openWithDataKey(UUID.fromString(reportId), EventType.TIPSTER_MESSAGE, "text", event.data().text()))
			.contains(text);
		List<Map<String, Object>> outbox = this.db.sql("SELECT * FROM outbox_event WHERE record_key = :key")
			.bind("key", reportId)
			.fetch()
			.all()
			.collectList()
			.block(Duration.ofSeconds(5));
		assertThat(outbox).extracting((row) -> row.get("event_type"))
			.contains("org.senim.tipster.message.v2", "org.senim.report.submitted.v2");
		assertThat(outbox)
			.allSatisfy((row) -> row.values().forEach((value) -> assertThat(asText(value)).doesNotContain(marker)));
	}

	@Test
	void publishesNoMessageForAWrongReceipt() {
		long before = tipsterMessagesInOutbox();

		post("/api/reports/followup/messages", "{\"receipt\":\"9999888877776665\",\"text\":\"hello\"}").expectStatus()
			.isNotFound();

		assertThat(tipsterMessagesInOutbox()).isEqualTo(before);
	}

	private long tipsterMessagesInOutbox() {
		return this.db.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE event_type = :type")
			.bind("type", EventType.TIPSTER_MESSAGE.type())
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
	}

	@Test
	void answersTooManyRequestsWhenOneReceiptIsTriedTooOften() {
		String receipt = String.format("%016d",
				java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
		for (int i = 0; i < 10; i++) {
			post("/api/reports/followup", "{\"receipt\":\"" + receipt + "\"}").expectStatus().isNotFound();
		}
		post("/api/reports/followup", "{\"receipt\":\"" + receipt + "\"}").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.RATE_LIMITED.toString());
	}

	@Test
	void countsEverySpellingOfAReceiptAsTheSameReceipt() {
		String receipt = String.format("%016d",
				java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
		// Ten spellings the look-up reads as one receipt: a separator after a different
		// digit each time.
		for (int i = 1; i <= 10; i++) {
			String typed = receipt.substring(0, i) + ((i % 2 == 0) ? " " : "-") + receipt.substring(i);
			post("/api/reports/followup", "{\"receipt\":\"" + typed + "\"}").expectStatus().isNotFound();
		}
		String spelledAnew = receipt.substring(0, 4) + " " + receipt.substring(4, 8) + " " + receipt.substring(8, 12)
				+ " " + receipt.substring(12);
		post("/api/reports/followup", "{\"receipt\":\"" + spelledAnew + "\"}").expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.RATE_LIMITED.toString());
	}

	@Test
	void answersNotFoundForAWrongReceipt() {
		for (String receipt : List.of("0000111122223333", "12345", "not a receipt")) {
			post("/api/reports/followup", "{\"receipt\":\"" + receipt + "\"}").expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(ProblemTypes.NOT_FOUND.toString());
		}
	}

	@Test
	void storesNoMessageForAWrongReceipt() {
		long before = this.db.sql("SELECT COUNT(*) AS n FROM report_message")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5));

		post("/api/reports/followup/messages", "{\"receipt\":\"9999888877776666\",\"text\":\"hello\"}").expectStatus()
			.isNotFound();

		assertThat(this.db.sql("SELECT COUNT(*) AS n FROM report_message")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5))).isEqualTo(before);
	}

	@Test
	void rejectsMalformedFollowUps() {
		post("/api/reports/followup", "{}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("receipt");
		post("/api/reports/followup", "{\"receipt\":1234567812345678}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("receipt");
		post("/api/reports/followup/messages", "{\"receipt\":\"1234567812345678\",\"text\":\"\",\"ip\":\"1.2.3.4\"}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(hasItems("text", "ip"));
		post("/api/reports/followup/messages",
				"{\"receipt\":\"1234567812345678\",\"text\":\"" + "x".repeat(2001) + "\"}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("text");
	}

	private Map<?, ?> submitTip() {
		return this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"follow-up test\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec post(String path, String body) {
		return this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static String asText(Object value) {
		if (value instanceof ByteBuffer buffer) {
			byte[] bytes = new byte[buffer.remaining()];
			buffer.duplicate().get(bytes);
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
		return String.valueOf(value);
	}

}
