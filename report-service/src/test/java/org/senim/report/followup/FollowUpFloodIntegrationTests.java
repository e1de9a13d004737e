package org.senim.report.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.senim.report.IntegrationTestSupport;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A flood of receipt look-ups, each an Argon2 hash, fills the follow-ups' own crypto
 * workers and is refused there, while tips keep their workers and keep being filed. Both
 * pools are one thread and two waiting tasks here, and the hash is costly, so the flood
 * saturates its pool for as long as it runs. The context is closed after the class, once
 * its outbox is sent: a starved context must not stay behind, with its outbox relay,
 * beside the shared one.
 */
@DirtiesContext
@TestPropertySource(properties = { "senim.crypto.worker-threads=1", "senim.crypto.queued-tasks=2",
		"senim.report.followup.worker-threads=1", "senim.report.followup.queued-tasks=2",
		"senim.report.followup.attempts-per-receipt=1000", "senim.report.receipt.memory-kib=16384",
		"senim.report.receipt.iterations=2" })
class FollowUpFloodIntegrationTests extends IntegrationTestSupport {

	private static final int FLOOD = 5000;

	private static final int IN_FLIGHT = 12;

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@LocalServerPort
	private int port;

	@Test
	void filesTipsWhileAFloodOfFollowUpsFillsItsOwnWorkers() {
		ConcurrentLinkedQueue<Integer> floodAnswers = new ConcurrentLinkedQueue<>();
		AtomicBoolean flooding = new AtomicBoolean(true);
		List<String> filed = new ArrayList<>();
		WebClient flooder = WebClient.create("http://127.0.0.1:" + this.port);
		Disposable flood = Flux.range(0, FLOOD)
			.flatMap(
					(i) -> flooder.post()
						.uri("/api/reports/followup")
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue("{\"receipt\":\"" + randomReceipt() + "\"}")
						.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())),
					IN_FLIGHT)
			.doOnNext(floodAnswers::add)
			.doFinally((signal) -> flooding.set(false))
			.subscribe();
		try {
			// The follow-ups' workers are full: the flood is being refused.
			await().atMost(patience()).until(() -> floodAnswers.contains(503));

			for (int i = 0; i < 5; i++) {
				filed.add(submitTip().expectStatus()
					.isCreated()
					.expectBody(Map.class)
					.returnResult()
					.getResponseBody()
					.get("reportId")
					.toString());
			}
			assertThat(flooding).as("the flood still runs after the last tip").isTrue();
		}
		finally {
			flood.dispose();
		}
		assertThat(List.copyOf(floodAnswers)).as("look-ups answered while flooding").contains(404, 503);
		// This context is closed after the class: its relay must have sent what it
		// leased, or the shared context's relay, which keeps the order, would wait out
		// the lease behind those rows.
		await().atMost(patience())
			.until(() -> this.db
				.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key IN (:keys) AND published_at IS NULL")
				.bind("keys", filed)
				.map((row) -> row.get("n", Long.class))
				.one()
				.block() == 0L);
	}

	private WebTestClient.ResponseSpec submitTip() {
		return this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"flood test\"}")
			.exchange();
	}

	private static String randomReceipt() {
		return String.format("%016d", ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
	}

}
