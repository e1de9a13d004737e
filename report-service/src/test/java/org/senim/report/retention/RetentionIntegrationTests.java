package org.senim.report.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipStatusChanged.TipStatus;
import org.senim.contracts.events.TipStatusChanged;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.report.IntegrationTestSupport;
import org.senim.report.datakey.ReportDataKeys;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retention with tiny durations (its own context): closed tips go a second after closure,
 * tips never closed eight seconds after they were received.
 */
@TestPropertySource(properties = { "senim.report.retention.interval=200ms", "senim.report.retention.after-closure=1s",
		"senim.report.retention.unclosed-max-age=8s" })
class RetentionIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private RetentionJob job;

	@Autowired
	private ReportDataKeys dataKeys;

	private static final String CUSTODIAN = TestTokens.withRoles("senim-referral-service", "DATA_KEY_CUSTODIAN");

	private final CloudEventCodec codec = new CloudEventCodec();

	@Test
	void deletesAClosedTipWithEverythingItHadAndAnnouncesIt() throws Exception {
		Map<?, ?> closed = submitTip(idempotencyKey());
		Map<?, ?> open = submitTip(null);
		UUID reportId = UUID.fromString((String) closed.get("reportId"));
		this.client.post()
			.uri("/api/reports/followup/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"receipt\":\"" + closed.get("receipt") + "\",\"text\":\"one more detail\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		assertThat(rowsOf(reportId)).containsEntry("report_message", 1L)
			.containsEntry("idempotency_key", 1L)
			.containsEntry("report_data_key", 1L);

		Instant now = Instant.now();
		this.kafka.send(Topics.REFERRALS_STATUS, reportId.toString(),
				this.codec.encode(new SenimEvent<>(UUID.randomUUID().toString(), EventType.REFERRAL_STATUS_CHANGED,
						java.net.URI.create("urn:senim:referral-service"), reportId.toString(), now,
						new TipStatusChanged(reportId, TipStatus.CLOSED, now))))
			.get();

		await().atMost(patience()).until(() -> count("report", "id", reportId) == 0);
		assertThat(rowsOf(reportId)).containsOnly(Map.entry("report", 0L), Map.entry("report_message", 0L),
				Map.entry("report_status_history", 0L), Map.entry("idempotency_key", 0L),
				Map.entry("report_data_key", 0L));
		assertThat(count("report", "id", UUID.fromString((String) open.get("reportId"))))
			.as("a tip received at the same time but not closed is kept")
			.isEqualTo(1);
		assertThat(awaitExpiredEvent(reportId).reportId()).isEqualTo(reportId);
	}

	@Test
	void deletesATipNeverClosedAfterItsMaximumAge() {
		UUID reportId = UUID.fromString((String) submitTip(null).get("reportId"));

		assertThat(count("report", "id", reportId)).isEqualTo(1);
		await().atMost(patience()).until(() -> count("report", "id", reportId) == 0);
		assertThat(awaitExpiredEvent(reportId).reportId()).isEqualTo(reportId);
	}

	@Test
	void shredsTheDataKeySoNoCopyOfTheTextOnTheBrokerOpensAnyMore() {
		Map<?, ?> tip = submitTip(null);
		UUID reportId = UUID.fromString((String) tip.get("reportId"));
		this.client.post()
			.uri("/api/reports/followup/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"receipt\":\"" + tip.get("receipt") + "\",\"text\":\"they moved us again\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		ReportSubmitted submitted = this.codec
			.decode(awaitRecord(Topics.REPORTS_SUBMITTED, reportId.toString()).value(), EventType.REPORT_SUBMITTED)
			.data();
		TipsterMessageSent message = this.codec
			.decode(awaitRecord(Topics.REPORTS_MESSAGES, reportId.toString()).value(), EventType.TIPSTER_MESSAGE)
			.data();
		assertThat(openWithDataKey(reportId, EventType.REPORT_SUBMITTED, "description", submitted.description()))
			.contains("retention test");

		await().atMost(patience()).until(() -> count("report", "id", reportId) == 0);

		assertThat(count("report_data_key", "report_id", reportId)).isZero();
		assertThat(this.dataKeys.find(reportId).blockOptional(Duration.ofSeconds(5))).as("shredded").isEmpty();
		// the records are still on the broker, read afresh: ciphertext nobody can open
		ReportSubmitted stillOnTheBroker = this.codec
			.decode(awaitRecord(Topics.REPORTS_SUBMITTED, reportId.toString()).value(), EventType.REPORT_SUBMITTED)
			.data();
		assertThat(stillOnTheBroker.description()).isEqualTo(submitted.description());
		assertThat(openWithDataKey(reportId, EventType.REPORT_SUBMITTED, "description", stillOnTheBroker.description()))
			.isEmpty();
		assertThat(openWithDataKey(reportId, EventType.TIPSTER_MESSAGE, "text", message.text())).isEmpty();
		this.client.get()
			.uri("/internal/reports/{id}/data-key", reportId)
			.headers((headers) -> headers.setBearerAuth(CUSTODIAN))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(awaitExpiredEvent(reportId).reportId()).isEqualTo(reportId);
	}

	@Test
	void announcesATipExpiredOnceWhenInstancesPurgeTogether() {
		UUID reportId = UUID.fromString((String) submitTip(null).get("reportId"));
		this.db.sql("UPDATE report SET closed_at = :at WHERE id = :id")
			.bind("at", Instant.now().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
			.bind("id", reportId)
			.then()
			.block(Duration.ofSeconds(5));

		// the scheduled pass runs too: three purges race for the same row
		Mono.when(this.job.purge(), this.job.purge()).block(Duration.ofSeconds(10));

		await().atMost(patience()).until(() -> count("report", "id", reportId) == 0);
		assertThat(this.db.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key = :key AND event_type = :type")
			.bind("key", reportId.toString())
			.bind("type", EventType.REPORT_EXPIRED.type())
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5))).isEqualTo(1);
	}

	private ReportExpired awaitExpiredEvent(UUID reportId) {
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumerOf(Topics.REPORTS_SUBMITTED)) {
			await().atMost(patience()).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
				return seen.stream().anyMatch((record) -> isExpiry(record, reportId));
			});
		}
		ConsumerRecord<String, byte[]> record = seen.stream()
			.filter((candidate) -> isExpiry(candidate, reportId))
			.findFirst()
			.orElseThrow();
		return this.codec.decode(record.value(), EventType.REPORT_EXPIRED).data();
	}

	private boolean isExpiry(ConsumerRecord<String, byte[]> record, UUID reportId) {
		return reportId.toString().equals(record.key())
				&& this.codec.decode(record.value()).type().equals(EventType.REPORT_EXPIRED);
	}

	private Map<String, Long> rowsOf(UUID reportId) {
		return Map.of("report", count("report", "id", reportId), "report_message",
				count("report_message", "report_id", reportId), "report_status_history",
				count("report_status_history", "report_id", reportId), "idempotency_key",
				count("idempotency_key", "report_id", reportId), "report_data_key",
				count("report_data_key", "report_id", reportId));
	}

	private long count(String table, String column, UUID reportId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM " + table + " WHERE " + column + " = :id")
			.bind("id", reportId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
	}

	private Map<?, ?> submitTip(String idempotencyKey) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			request = request.header("Idempotency-Key", idempotencyKey);
		}
		return request
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"retention test\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
