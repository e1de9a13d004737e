package org.senim.referral.offer;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.r2dbc.spi.ConnectionFactories;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.Reports;
import org.senim.testing.PostgresDatabase;
import org.senim.testing.TestPostgres;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The referral-service's database goes away for longer than the bounded retry budget
 * (retries 3, pauses 100/200/200 ms) while tips arrive: they wait, none is dead-lettered,
 * and each is routed once the database is back (issue 14: an acknowledged tip was lost to
 * {@code reports.submitted.DLT} this way).
 */
class DatabaseOutageIntegrationTests extends IntegrationTestBase {

	private static final int TIPS = 5;

	// Four times the bounded budget.
	private static final Duration OUTAGE = Duration.ofSeconds(2);

	// Beside the proxy: the test looks at the database while the service cannot.
	private final DatabaseClient direct = directClient();

	@AfterEach
	void bringDatabaseBack() {
		DATABASE.restore();
	}

	@Test
	void routesEveryTipThatArrivedWhileItsDatabaseWasAwayAndDeadLettersNone() throws Exception {
		List<ReportSubmitted> tips = IntStream.range(0, TIPS)
			.mapToObj((i) -> Reports.tip("almaty").submitted())
			.toList();
		Set<String> keys = new HashSet<>(tips.stream().map((tip) -> tip.reportId().toString()).toList());
		int droppedBefore = DATABASE.droppedConnections();

		try (Consumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REPORTS_SUBMITTED))) {
			DATABASE.cut();
			for (ReportSubmitted tip : tips) {
				send(Topics.REPORTS_SUBMITTED, tip.reportId().toString(), reportEvent(tip));
			}

			await().during(OUTAGE).atMost(OUTAGE.multipliedBy(3)).until(() -> {
				assertThat(deadLetteredAmong(deadLetters, keys)).isEmpty();
				return referralsOf(tips) == 0;
			});
			assertThat(DATABASE.droppedConnections()).isGreaterThan(droppedBefore + TIPS);

			DATABASE.restore();
			tips.forEach((tip) -> awaitReferral(tip.reportId(), ALMATY_SHELTER_ORG));

			assertThat(referralsOf(tips)).isEqualTo(2L * TIPS);
			assertThat(deadLetteredAmong(deadLetters, keys)).isEmpty();
			assertThat(readToEnd(deadLetters, keys)).isEmpty();
		}
	}

	private long referralsOf(List<ReportSubmitted> tips) {
		return this.direct.sql("SELECT COUNT(*) AS n FROM referral WHERE report_id IN (:reportIds)")
			.bind("reportIds", tips.stream().map(ReportSubmitted::reportId).toList())
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

	private static Set<String> deadLetteredAmong(Consumer<String, byte[]> deadLetters, Set<String> keys) {
		Set<String> found = new HashSet<>();
		deadLetters.poll(Duration.ofMillis(100)).forEach((record) -> {
			if (keys.contains(record.key())) {
				found.add(record.key());
			}
		});
		return found;
	}

	// Everything the DLT holds now, not only what a poll happened to return.
	private static Set<String> readToEnd(Consumer<String, byte[]> deadLetters, Set<String> keys) {
		Set<String> found = new HashSet<>();
		await().atMost(TIMEOUT).until(() -> {
			found.addAll(deadLetteredAmong(deadLetters, keys));
			Set<TopicPartition> assigned = deadLetters.assignment();
			if (assigned.isEmpty()) {
				return false;
			}
			Map<TopicPartition, Long> ends = deadLetters.endOffsets(assigned);
			return assigned.stream().allMatch((partition) -> deadLetters.position(partition) >= ends.get(partition));
		});
		return found;
	}

	private static DatabaseClient directClient() {
		PostgresDatabase database = TestPostgres.database("referral-service");
		String url = "r2dbc:postgresql://" + database.username() + ":" + database.password() + "@" + database.host()
				+ ":" + database.port() + "/" + database.database();
		return DatabaseClient.create(ConnectionFactories.get(url));
	}

}
