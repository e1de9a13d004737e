package org.senim.referral.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.Topics;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bounds of the live streams on the running service (docs/security.md "Live
 * streams"): a stream ends when its token expires, a subject holds a capped number of
 * streams, a resume replays a bounded number of events.
 */
class LiveStreamBoundsIntegrationTests extends IntegrationTestBase {

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private StreamQuota quota;

	@Autowired
	private StreamProperties properties;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private DatabaseClient db;

	private WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = http();
		MessageListenerContainer feed = this.listeners.getListenerContainer(OfferFeed.LISTENER_ID);
		await().atMost(TIMEOUT)
			.until(() -> feed.getAssignedPartitions() != null
					&& feed.getAssignedPartitions().contains(new TopicPartition(Topics.referralsOf("almaty"), 0)));
	}

	@Test
	void endsOfferStreamWhenItsTokenExpires() {
		String subject = "ngo-expiring-" + UUID.randomUUID();
		Instant expiresAt = Instant.now().plusSeconds(2);

		assertEndsAt("/api/referrals/stream", subject, ngoWorker(subject, expiresAt), expiresAt);
	}

	@Test
	void endsEscalationStreamWhenItsTokenExpires() {
		String subject = "liaison-expiring-" + UUID.randomUUID();
		Instant expiresAt = Instant.now().plusSeconds(2);
		String token = TestTokens.sign(TestTokens.builder(subject)
			.claim("roles", List.of("POLICE_LIAISON"))
			.expirationTime(Date.from(expiresAt))
			.build());

		assertEndsAt("/api/escalations/stream", subject, token, expiresAt);
	}

	@Test
	void refusesOneStreamTooManyOfASubjectWithAProblemUntilOneCloses() {
		String subject = "ngo-busy-" + UUID.randomUUID();
		String token = ngoWorker(subject, Instant.now().plus(Duration.ofMinutes(15)));
		List<Disposable> open = new ArrayList<>();
		IntStream.range(0, this.properties.maxPerSubject())
			.forEach((n) -> open.add(stream("/api/referrals/stream", token, null).subscribe()));
		await().atMost(TIMEOUT).until(() -> this.quota.openFor(subject) == this.properties.maxPerSubject());

		this.client.get()
			.uri("/api/referrals/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, String.valueOf(this.properties.refusalRetryAfter().toSeconds()))
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.RATE_LIMITED.toString())
			.jsonPath("$.status")
			.isEqualTo(429);
		// Another subject is not affected.
		StepVerifier.create(stream("/api/referrals/stream", TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty"), null))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.thenCancel()
			.verify(TIMEOUT);

		open.remove(0).dispose();
		await().atMost(TIMEOUT).until(() -> this.quota.openFor(subject) == this.properties.maxPerSubject() - 1);
		StepVerifier.create(stream("/api/referrals/stream", token, null))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.thenCancel()
			.verify(TIMEOUT);

		open.forEach(Disposable::dispose);
		await().atMost(TIMEOUT).until(() -> this.quota.openFor(subject) == 0);
	}

	@Test
	void replaysOnlyTheNewestEventsAfterAMarkWhenAResumeIsBeyondTheBound() {
		int bound = this.properties.replayMaxEvents();
		ReportSubmitted seen = Reports.tip("almaty").minors().submitted();
		submit(seen);
		awaitReferral(seen.reportId(), ALMATY_SHELTER_ORG);
		String lastEventId = offerEventIdOf(seen);
		// Each tip for adults is offered to both Almaty organizations: more events than
		// the bound.
		List<ReportSubmitted> missed = IntStream.range(0, bound / 2 + 1)
			.mapToObj((n) -> Reports.tip("almaty").submitted())
			.toList();
		missed.forEach(this::submit);
		missed.forEach((report) -> awaitReferral(report.reportId(), ALMATY_LEGAL_AID_ORG));
		// What the bound lets through: the Almaty shelter's offers among the newest
		// events
		// of the log after the one seen.
		List<UUID> expected = newestShelterOffersAfter(lastEventId, bound);
		assertThat(expected).as("some of the shelter's missed offers are beyond the bound")
			.hasSizeLessThan(missed.size());

		List<ServerSentEvent<String>> replayed = new ArrayList<>();
		StepVerifier
			.create(stream("/api/referrals/stream", TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty"), lastEventId))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.thenConsumeWhile((event) -> "heartbeat".equals(event.comment()))
			.assertNext((event) -> assertThat(event.comment()).isEqualTo(StreamResumption.TRUNCATED))
			.recordWith(() -> replayed)
			.expectNextCount(expected.size())
			.thenCancel()
			.verify(TIMEOUT);

		assertThat(replayed).allSatisfy((event) -> assertThat(event.event()).isEqualTo("referral.offered"));
		assertThat(replayed).extracting(LiveStreamBoundsIntegrationTests::referralIdOf)
			.containsExactlyElementsOf(expected);
	}

	private List<UUID> newestShelterOffersAfter(String eventId, int bound) {
		return this.db.sql("""
				SELECT record_key FROM (
				  SELECT seq, record_key, event_type FROM outbox_event
				  WHERE seq > (SELECT seq FROM outbox_event WHERE event_id = :eventId)
				    AND event_type IN ('org.senim.referral.offered.v2', 'org.senim.referral.updated.v2',
				                       'org.senim.referral.message-received.v2')
				  ORDER BY seq DESC LIMIT :bound) newest
				WHERE event_type = 'org.senim.referral.offered.v2'
				  AND CAST(record_key AS UUID) IN (SELECT id FROM referral WHERE organization_id = :shelter)
				ORDER BY seq""")
			.bind("eventId", eventId)
			.bind("bound", bound)
			.bind("shelter", ALMATY_SHELTER_ORG)
			.map((row, meta) -> UUID.fromString(row.get("record_key", String.class)))
			.all()
			.collectList()
			.block();
	}

	private static UUID referralIdOf(ServerSentEvent<String> event) {
		String data = event.data();
		int start = data.indexOf("\"referralId\":\"") + "\"referralId\":\"".length();
		return UUID.fromString(data.substring(start, start + 36));
	}

	// The stream completes by itself, its place freed. The exp claim has whole seconds:
	// it ends at most a second before the instant asked for, and soon after it.
	private void assertEndsAt(String path, String subject, String token, Instant expiresAt) {
		StepVerifier.create(stream(path, token, null))
			.thenConsumeWhile((event) -> event.event() == null)
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(Instant.now()).isAfter(expiresAt.minusSeconds(1)).isBefore(expiresAt.plusSeconds(10));
		await().atMost(TIMEOUT).until(() -> this.quota.openFor(subject) == 0);
	}

	private String offerEventIdOf(ReportSubmitted report) {
		return await().atMost(TIMEOUT)
			.until(() -> this.db
				.sql("SELECT event_id FROM outbox_event WHERE event_type = 'org.senim.referral.offered.v2' "
						+ "AND record_key IN (SELECT CAST(id AS VARCHAR) FROM referral WHERE report_id = :report)")
				.bind("report", report.reportId())
				.map((row, meta) -> row.get("event_id", String.class))
				.first()
				.block(), (id) -> id != null);
	}

	private static String ngoWorker(String subject, Instant expiresAt) {
		return TestTokens.sign(TestTokens.builder(subject)
			.claim("roles", List.of("NGO_WORKER"))
			.claim("org_id", ALMATY_SHELTER_ORG.toString())
			.claim("city", "almaty")
			.expirationTime(Date.from(expiresAt))
			.build());
	}

	private Flux<ServerSentEvent<String>> stream(String path, String token, String lastEventId) {
		return this.client.get().uri(path).accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			headers.setBearerAuth(token);
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		}).exchange().expectStatus().isOk().returnResult(SSE).getResponseBody();
	}

	private void submit(ReportSubmitted report) {
		try {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
