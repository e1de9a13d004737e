package org.senim.report.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.report.IntegrationTestSupport;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TipSubmissionIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Autowired
	private FieldCipher cipher;

	private final CloudEventCodec codec = new CloudEventCodec();

	@Test
	void storesOnPostgreSql() {
		assertThat(this.connectionFactory.getMetadata().getName()).containsIgnoringCase("PostgreSQL");
	}

	@Test
	void publishesAcceptedTipAndKeepsNoSecretAtRest() {
		String description = "Girls from Shymkent kept at a sauna, passports taken " + UUID.randomUUID();
		TipAccepted accepted = submit("""
				{"city":"Alma-Ata","exploitationTypes":["SEXUAL_EXPLOITATION","FORCED_LABOUR"],
				 "description":"%s","controlMethods":["WITHHOLDS_DOCUMENTS"],"venueType":"SAUNA",
				 "victimCount":4,"minorsInvolved":true,"language":"ru","consentToPolice":false}"""
			.formatted(description));

		assertThat(accepted.status()).isEqualTo("RECEIVED");
		assertThat(accepted.receipt()).matches("\\d{16}");

		ConsumerRecord<String, byte[]> record = awaitRecord(Topics.REPORTS_SUBMITTED, accepted.reportId().toString());
		SenimEvent<ReportSubmitted> event = this.codec.decode(record.value(), EventType.REPORT_SUBMITTED);
		ReportSubmitted data = event.data();
		assertThat(event.subject()).isEqualTo(accepted.reportId().toString());
		assertThat(data.reportId()).isEqualTo(accepted.reportId());
		assertThat(data.city()).isEqualTo("almaty");
		assertThat(data.exploitationTypes()).containsExactly(ExploitationType.SEXUAL_EXPLOITATION,
				ExploitationType.FORCED_LABOUR);
		assertThat(data.controlMethods()).containsExactly(ControlMethod.WITHHOLDS_DOCUMENTS);
		assertThat(data.venueType()).isEqualTo(VenueType.SAUNA);
		assertThat(data.victimCount()).isEqualTo(4);
		assertThat(data.minorsInvolved()).isTrue();
		assertThat(data.consentToPolice()).isFalse();
		assertThat(data.operatorEntered()).isFalse();
		assertThat(event.type().type()).isEqualTo("org.senim.report.submitted.v2");
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(accepted.receipt())
			.as("the description travels only as ciphertext under the report's data key")
			.doesNotContain(description)
			.doesNotContain("passports taken");
		assertThat(data.description().keyId()).isEqualTo("report:" + accepted.reportId());
		assertThat(openWithDataKey(accepted.reportId(), EventType.REPORT_SUBMITTED, "description", data.description()))
			.contains(description);

		Map<String, Object> report = this.db.sql("SELECT * FROM report WHERE id = :id")
			.bind("id", accepted.reportId())
			.fetch()
			.one()
			.block(Duration.ofSeconds(5));
		assertThat(report).containsEntry("city", "almaty")
			.containsEntry("status", "RECEIVED")
			.containsEntry("operator_entered", false)
			.containsEntry("exploitation_types", "SEXUAL_EXPLOITATION,FORCED_LABOUR");
		SealedText sealed = new SealedText((String) report.get("description_key_id"),
				bytes(report.get("description_nonce")), bytes(report.get("description_ciphertext")));
		assertThat(new String(this.cipher.open(sealed, ReportStore.descriptionContext(accepted.reportId())),
				StandardCharsets.UTF_8))
			.isEqualTo(description);

		await().atMost(patience()).untilAsserted(() -> assertThat(publishedAt(accepted.reportId())).isNotNull());
		assertNoRowHolds(description, accepted.receipt());
	}

	@Test
	void storesNothingForRejectedTips() {
		long before = count("report") + count("outbox_event");

		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"SLAVERY\"],\"description\":\"text\"}")
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"Atlantis\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"text\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.UNKNOWN_CITY.toString())
			.jsonPath("$.errors[0].field")
			.isEqualTo("city")
			.jsonPath("$.suggestions[0].slug")
			.isEqualTo("aktau");

		assertThat(count("report") + count("outbox_event")).isEqualTo(before);
	}

	@Test
	void publishesOpenApiDescriptionOfThePublicApi() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/reports'].post")
			.exists();
	}

	@Test
	void requiresTokenBeyondTipSubmission() {
		// The open paths take every method (so others get 405); any other path needs a
		// token.
		this.client.get().uri("/api/reports/" + UUID.randomUUID()).exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	private TipAccepted submit(String body) {
		return this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Cache-Control", ".*no-store.*")
			.expectBody(TipAccepted.class)
			.returnResult()
			.getResponseBody();
	}

	private Object publishedAt(UUID reportId) {
		return this.db.sql("SELECT published_at FROM outbox_event WHERE record_key = :key")
			.bind("key", reportId.toString())
			.fetch()
			.one()
			.map((row) -> row.getOrDefault("published_at", null) == null ? "" : row.get("published_at"))
			.filter((value) -> !"".equals(value))
			.block(Duration.ofSeconds(5));
	}

	private void assertNoRowHolds(String description, String receipt) {
		for (String table : List.of("report", "outbox_event")) {
			List<Map<String, Object>> rows = this.db.sql("SELECT * FROM " + table)
				.fetch()
				.all()
				.collectList()
				.block(Duration.ofSeconds(5));
			assertThat(rows).isNotEmpty();
			for (Map<String, Object> row : rows) {
				for (Object value : row.values()) {
					String text = (value instanceof ByteBuffer || value instanceof byte[])
							? new String(bytes(value), StandardCharsets.ISO_8859_1) : String.valueOf(value);
					assertThat(text).as(table).doesNotContain(receipt).doesNotContain("passports taken");
				}
			}
		}
	}

	private long count(String table) {
		return this.db.sql("SELECT COUNT(*) AS n FROM " + table)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
	}

	private static byte[] bytes(Object value) {
		if (value instanceof byte[] array) {
			return array;
		}
		ByteBuffer buffer = ((ByteBuffer) value).duplicate();
		byte[] array = new byte[buffer.remaining()];
		buffer.get(array);
		return array;
	}

}
