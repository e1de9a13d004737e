package org.senim.report.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.report.DirectoryStub;
import org.senim.report.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxRecoveryIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private ProducerFactory<?, ?> producers;

	@Test
	void acceptsTipsWhileKafkaIsUnreachableAndPublishesEachExactlyOnceLater() {
		List<String> reportIds;
		try {
			pointProducersAt(unreachableBroker());

			reportIds = IntStream.range(0, 3).mapToObj((i) -> submitTip("sent during a Kafka outage " + i)).toList();

			// the oldest row keeps failing and backing off; the rows behind it wait their
			// turn
			await().atMost(patience()).until(() -> failedAttempts(reportIds.get(0)) >= 2);
			assertThat(reportIds).allSatisfy((id) -> assertThat(isPublished(id)).isFalse());
			assertThat(failedAttempts(reportIds.get(1))).isZero();
			assertThat(failedAttempts(reportIds.get(2))).isZero();
		}
		finally {
			pointProducersAt(brokers());
		}

		await().atMost(patience())
			.untilAsserted(() -> assertThat(reportIds).allSatisfy((id) -> assertThat(isPublished(id)).isTrue()));
		Map<String, Integer> deliveries = new HashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = consumerOf(Topics.REPORTS_SUBMITTED)) {
			await().atMost(patience()).until(() -> {
				consumer.poll(Duration.ofMillis(200))
					.forEach((record) -> deliveries.merge(record.key(), 1, Integer::sum));
				return reportIds.stream().allMatch(deliveries::containsKey);
			});
			// a little longer: a duplicate would show up now
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
				consumer.poll(Duration.ofMillis(200))
					.forEach((record) -> deliveries.merge(record.key(), 1, Integer::sum));
				return true;
			});
		}
		assertThat(reportIds).allSatisfy((id) -> assertThat(deliveries).containsEntry(id, 1));
	}

	private void pointProducersAt(String bootstrap) {
		this.producers.updateConfigs(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
		this.producers.reset();
	}

	private static String unreachableBroker() {
		// a port that was just free: nothing listens there
		DirectoryStub closed = DirectoryStub.start();
		closed.stop();
		return closed.uri().substring("http://".length());
	}

	private String submitTip(String description) {
		Map<?, ?> accepted = this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"FORCED_LABOUR\"],\"description\":\"" + description
					+ "\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) accepted.get("reportId");
	}

	private int failedAttempts(String reportId) {
		return row(reportId, "attempts", Integer.class).orElse(0);
	}

	private boolean isPublished(String reportId) {
		return this.db
			.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key = :key AND published_at IS NOT NULL")
			.bind("key", reportId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5)) == 1;
	}

	private <T> java.util.Optional<T> row(String reportId, String column, Class<T> type) {
		List<T> values = new ArrayList<>();
		this.db.sql("SELECT " + column + " FROM outbox_event WHERE record_key = :key")
			.bind("key", reportId)
			.map((row) -> row.get(column, type))
			.all()
			.doOnNext(values::add)
			.then()
			.block(Duration.ofSeconds(5));
		return values.stream().findFirst();
	}

}
