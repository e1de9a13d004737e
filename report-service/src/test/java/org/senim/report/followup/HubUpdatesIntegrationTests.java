package org.senim.report.followup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.CaseworkerMessageSent;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.TipStatusChanged;
import org.senim.contracts.events.TipStatusChanged.TipStatus;
import org.senim.report.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HubUpdatesIntegrationTests extends IntegrationTestSupport {

	private static final java.net.URI HUB = java.net.URI.create("urn:senim:referral-service");

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private CloudEventCodec codec;

	@Test
	void showsStatusChangesAndCaseworkerMessagesInTheFollowUp() throws Exception {
		Map<?, ?> tip = submitTip();
		UUID reportId = UUID.fromString((String) tip.get("reportId"));
		Instant routed = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String text = "Thank you. A shelter in Almaty is looking into it; write here if you learn more.";

		publish(reportId, statusEvent(reportId, TipStatus.ROUTED, routed));
		publish(reportId, statusEvent(reportId, TipStatus.ACCEPTED, routed.plusSeconds(60)));
		publish(reportId, messageEvent(reportId, text, routed.plusSeconds(120)));

		await().atMost(patience())
			.untilAsserted(() -> followUp(tip).expectBody()
				.jsonPath("$.status")
				.isEqualTo("ACCEPTED")
				.jsonPath("$.history[*].status")
				.isEqualTo(List.of("RECEIVED", "ROUTED", "ACCEPTED"))
				.jsonPath("$.messages[0].from")
				.isEqualTo("CASEWORKER")
				.jsonPath("$.messages[0].text")
				.isEqualTo(text));
		List<Map<String, Object>> rows = this.db.sql("SELECT * FROM report_message WHERE report_id = :id")
			.bind("id", reportId)
			.fetch()
			.all()
			.collectList()
			.block(Duration.ofSeconds(5));
		assertThat(rows).hasSize(1)
			.allSatisfy((row) -> row.values().forEach((value) -> assertThat(asText(value)).doesNotContain("shelter")));
	}

	@Test
	void appliesARedeliveredEventOnlyOnce() throws Exception {
		Map<?, ?> tip = submitTip();
		UUID reportId = UUID.fromString((String) tip.get("reportId"));
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		SenimEvent<TipStatusChanged> routed = statusEvent(reportId, TipStatus.ROUTED, at);
		SenimEvent<CaseworkerMessageSent> message = messageEvent(reportId, "We are on it.", at.plusSeconds(1));

		publish(reportId, routed);
		publish(reportId, message);
		publish(reportId, routed);
		publish(reportId, message);
		// same key, same partition: once this one shows, the redeliveries were handled
		publish(reportId, statusEvent(reportId, TipStatus.CLOSED, at.plusSeconds(2)));

		await().atMost(patience())
			.untilAsserted(() -> followUp(tip).expectBody()
				.jsonPath("$.status")
				.isEqualTo("CLOSED")
				.jsonPath("$.history[*].status")
				.isEqualTo(List.of("RECEIVED", "ROUTED", "CLOSED"))
				.jsonPath("$.messages.length()")
				.isEqualTo(1));
		assertThat(this.db.sql("SELECT closed_at FROM report WHERE id = :id")
			.bind("id", reportId)
			.map((row) -> row.get("closed_at", java.time.OffsetDateTime.class))
			.one()
			.block(Duration.ofSeconds(5))
			.toInstant()).isEqualTo(at.plusSeconds(2));
	}

	@Test
	void skipsEventsOfAnUnknownReport() throws Exception {
		UUID unknown = UUID.randomUUID();
		SenimEvent<TipStatusChanged> event = statusEvent(unknown, TipStatus.ROUTED, Instant.now());

		publish(unknown, event);

		await().atMost(patience()).until(() -> isProcessed(event.id()));
		assertThat(this.db.sql("SELECT COUNT(*) AS n FROM report_status_history WHERE report_id = :id")
			.bind("id", unknown)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5))).isZero();
	}

	@Test
	void sendsAnUnreadableRecordToTheDeadLetterTopicAndKeepsGoing() throws Exception {
		Map<?, ?> tip = submitTip();
		UUID reportId = UUID.fromString((String) tip.get("reportId"));
		try (KafkaConsumer<String, byte[]> deadLetters = consumerOf(Topics.deadLetterOf(Topics.REFERRALS_STATUS))) {
			this.kafka
				.send(Topics.REFERRALS_STATUS, reportId.toString(),
						"not a cloud event".getBytes(StandardCharsets.UTF_8))
				.get();
			publish(reportId, statusEvent(reportId, TipStatus.ROUTED, Instant.now()));

			List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
			await().atMost(patience()).until(() -> {
				deadLetters.poll(Duration.ofMillis(200)).forEach(received::add);
				return received.stream().anyMatch((record) -> reportId.toString().equals(record.key()));
			});
			await().atMost(patience())
				.untilAsserted(() -> followUp(tip).expectBody().jsonPath("$.status").isEqualTo("ROUTED"));
		}
	}

	@Test
	void sendsARetiredV1CaseworkerMessageToTheDeadLetterTopicAndNotToTheMailbox() throws Exception {
		Map<?, ?> tip = submitTip();
		UUID reportId = UUID.fromString((String) tip.get("reportId"));
		String v1 = """
				{"specversion":"1.0","id":"%s","source":"urn:senim:referral-service",
				 "type":"org.senim.caseworker.message.v1","time":"2026-01-01T00:00:00Z",
				 "datacontenttype":"application/json","data":{"messageId":"%s","reportId":"%s",
				 "text":"We found the place.","sentAt":"2026-01-01T00:00:00Z"}}""".formatted(UUID.randomUUID(),
				UUID.randomUUID(), reportId);

		try (KafkaConsumer<String, byte[]> deadLetters = consumerOf(Topics.deadLetterOf(Topics.REFERRALS_STATUS))) {
			this.kafka.send(Topics.REFERRALS_STATUS, reportId.toString(), v1.getBytes(StandardCharsets.UTF_8)).get();
			publish(reportId, statusEvent(reportId, TipStatus.ROUTED, Instant.now()));

			awaitDeadLetter(deadLetters, reportId);
			await().atMost(patience())
				.untilAsserted(() -> followUp(tip).expectBody()
					.jsonPath("$.status")
					.isEqualTo("ROUTED")
					.jsonPath("$.messages.length()")
					.isEqualTo(0));
		}
	}

	@Test
	void sendsACaseworkerMessageThatDoesNotOpenToTheDeadLetterTopic() throws Exception {
		Map<?, ?> tip = submitTip();
		Map<?, ?> other = submitTip();
		UUID reportId = UUID.fromString((String) tip.get("reportId"));
		UUID otherId = UUID.fromString((String) other.get("reportId"));
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		// Another report's ciphertext, and one whose bytes were changed on the way.
		EncryptedText moved = sealWithDataKey(otherId, EventType.CASEWORKER_MESSAGE, "text", "Come to the station.");
		EncryptedText genuine = sealWithDataKey(reportId, EventType.CASEWORKER_MESSAGE, "text", "Stay where you are.");
		byte[] bytes = Base64.getDecoder().decode(genuine.ciphertext());
		bytes[0] ^= 1;
		EncryptedText tampered = new EncryptedText(genuine.keyId(), genuine.nonce(),
				Base64.getEncoder().encodeToString(bytes));

		try (KafkaConsumer<String, byte[]> deadLetters = consumerOf(Topics.deadLetterOf(Topics.REFERRALS_STATUS))) {
			publish(reportId, messageEvent(reportId,
					new EncryptedText(EncryptedText.keyIdOf(reportId), moved.nonce(), moved.ciphertext()), at));
			publish(reportId, messageEvent(reportId, tampered, at));
			publish(reportId, statusEvent(reportId, TipStatus.ROUTED, at));

			List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
			await().atMost(patience()).until(() -> {
				deadLetters.poll(Duration.ofMillis(200)).forEach(received::add);
				return received.stream().filter((record) -> reportId.toString().equals(record.key())).count() == 2;
			});
			await().atMost(patience())
				.untilAsserted(() -> followUp(tip).expectBody()
					.jsonPath("$.status")
					.isEqualTo("ROUTED")
					.jsonPath("$.messages.length()")
					.isEqualTo(0));
		}
	}

	private static void awaitDeadLetter(KafkaConsumer<String, byte[]> deadLetters, UUID reportId) {
		List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
		await().atMost(patience()).until(() -> {
			deadLetters.poll(Duration.ofMillis(200)).forEach(received::add);
			return received.stream().anyMatch((record) -> reportId.toString().equals(record.key()));
		});
	}

	private SenimEvent<TipStatusChanged> statusEvent(UUID reportId, TipStatus status, Instant at) {
		return new SenimEvent<>(UUID.randomUUID().toString(), EventType.REFERRAL_STATUS_CHANGED, HUB,
				reportId.toString(), at, new TipStatusChanged(reportId, status, at));
	}

	private SenimEvent<CaseworkerMessageSent> messageEvent(UUID reportId, String text, Instant at) {
		return messageEvent(reportId, sealWithDataKey(reportId, EventType.CASEWORKER_MESSAGE, "text", text), at);
	}

	private SenimEvent<CaseworkerMessageSent> messageEvent(UUID reportId, EncryptedText text, Instant at) {
		return new SenimEvent<>(UUID.randomUUID().toString(), EventType.CASEWORKER_MESSAGE, HUB, reportId.toString(),
				at, new CaseworkerMessageSent(UUID.randomUUID(), reportId, text, at));
	}

	private void publish(UUID reportId, SenimEvent<?> event) throws Exception {
		this.kafka.send(Topics.REFERRALS_STATUS, reportId.toString(), this.codec.encode(event)).get();
	}

	private boolean isProcessed(String eventId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM processed_event WHERE event_id = :id")
			.bind("id", eventId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5)) == 1;
	}

	private WebTestClient.ResponseSpec followUp(Map<?, ?> tip) {
		return this.client.post()
			.uri("/api/reports/followup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"receipt\":\"" + tip.get("receipt") + "\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static String asText(Object value) {
		if (value instanceof java.nio.ByteBuffer buffer) {
			byte[] bytes = new byte[buffer.remaining()];
			buffer.duplicate().get(bytes);
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
		return String.valueOf(value);
	}

	private Map<?, ?> submitTip() {
		return this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"hub updates test\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
