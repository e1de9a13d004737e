package org.senim.referral.stream;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReferralStreamIntegrationTests extends IntegrationTestBase {

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private DatabaseClient db;

	private WebTestClient client;

	@BeforeEach
	void connectToRunningServer() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(TIMEOUT)
			.build();
		// The feed starts at the latest offsets: offers before its assignment are not
		// live.
		MessageListenerContainer feed = this.listeners.getListenerContainer(OfferFeed.LISTENER_ID);
		await().atMost(TIMEOUT)
			.until(() -> feed.getAssignedPartitions() != null
					&& feed.getAssignedPartitions().contains(new TopicPartition(Topics.referralsOf("almaty"), 0)));
	}

	@Test
	void streamsHeartbeatThenOffersOnlyForCallersOrganization() throws Exception {
		ReportSubmitted forChildren = Reports.tip("almaty").minors().submitted();
		ReportSubmitted forEveryone = Reports.tip("almaty").submitted();
		Flux<ServerSentEvent<String>> shelter = stream(ALMATY_SHELTER_ORG);
		Flux<ServerSentEvent<String>> legalAid = stream(ALMATY_LEGAL_AID_ORG);

		StepVerifier.create(legalAid)
			.expectNextMatches(ReferralStreamIntegrationTests::isQuiet)
			.then(() -> StepVerifier.create(shelter)
				.expectNextMatches(ReferralStreamIntegrationTests::isQuiet)
				.then(() -> submit(forChildren))
				.thenConsumeWhile(ReferralStreamIntegrationTests::isQuiet)
				.assertNext((event) -> assertOffer(event, forChildren, ALMATY_SHELTER_ORG))
				.thenCancel()
				.verify(TIMEOUT))
			// Only offered to the shelter (it takes minors): the legal aid's first offer
			// is
			// the next tip.
			.then(() -> submit(forEveryone))
			.thenConsumeWhile(ReferralStreamIntegrationTests::isQuiet)
			.assertNext((event) -> assertOffer(event, forEveryone, ALMATY_LEGAL_AID_ORG))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void streamsNationalTierOfferToNationalOrganizationOnly() throws Exception {
		// Aktau has no fitting service and no coordinates in this directory: the tip goes
		// straight to the national tier.
		ReportSubmitted report = Reports.tip("aktau").submitted();
		MessageListenerContainer feed = this.listeners.getListenerContainer(OfferFeed.LISTENER_ID);
		await().atMost(TIMEOUT)
			.until(() -> feed.getAssignedPartitions() != null && feed.getAssignedPartitions()
				.contains(new TopicPartition(Topics.referralsOf(Topics.NATIONAL_TIER), 0)));
		Flux<ServerSentEvent<String>> almaty = stream(ALMATY_SHELTER_ORG);

		StepVerifier.create(almaty)
			.expectNextMatches(ReferralStreamIntegrationTests::isQuiet)
			.then(() -> StepVerifier.create(stream(NATIONAL_ORG))
				.expectNextMatches(ReferralStreamIntegrationTests::isQuiet)
				.then(() -> submit(report))
				.thenConsumeWhile(ReferralStreamIntegrationTests::isQuiet)
				.assertNext((event) -> {
					assertOffer(event, report, NATIONAL_ORG);
					assertThat(event.data()).contains("\"city\":\"national\"");
				})
				.thenCancel()
				.verify(TIMEOUT))
			.then(() -> submit(Reports.tip("almaty").minors().submitted()))
			.thenConsumeWhile(ReferralStreamIntegrationTests::isQuiet)
			// The next event the Almaty shelter sees is its own next offer, not the
			// national one.
			.assertNext((event) -> assertThat(event.data()).doesNotContain(report.reportId().toString()))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void streamsAnswerToCallersOffer() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();
		submit(report);
		UUID referralId = await().atMost(TIMEOUT).until(() -> referralOf(report), (id) -> id != null);

		StepVerifier.create(stream(ALMATY_SHELTER_ORG))
			.expectNextMatches(ReferralStreamIntegrationTests::isQuiet)
			.then(() -> this.client.post()
				.uri("/api/referrals/{id}/accept", referralId)
				.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty")))
				.exchange()
				.expectStatus()
				.isOk())
			.thenConsumeWhile((event) -> isQuiet(event) || "referral.offered".equals(event.event()))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo("referral.updated");
				assertThat(event.data()).contains("\"referralId\":\"" + referralId + "\"")
					.contains("\"status\":\"ACCEPTED\"");
			})
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void resumesAfterLastEventIdWithMissedOffersAndAnswersOfCallersOrganizationOnly() throws Exception {
		ReportSubmitted first = Reports.tip("almaty").minors().submitted();
		AtomicReference<String> firstEventId = new AtomicReference<>();
		StepVerifier.create(stream(ALMATY_SHELTER_ORG))
			.expectNextMatches(ReferralStreamIntegrationTests::isQuiet)
			.then(() -> submit(first))
			.thenConsumeWhile(ReferralStreamIntegrationTests::isQuiet)
			.assertNext((event) -> {
				assertOffer(event, first, ALMATY_SHELTER_ORG);
				firstEventId.set(event.id());
			})
			.thenCancel()
			.verify(TIMEOUT);

		// While disconnected: an offer and its acceptance, an offer to both organizations
		// and the legal aid's decline of it, then one more offer to the shelter.
		ReportSubmitted accepted = Reports.tip("almaty").minors().submitted();
		submit(accepted);
		UUID acceptedReferral = offered(accepted, ALMATY_SHELTER_ORG);
		answer(acceptedReferral, "accept", ALMATY_SHELTER_ORG, "{}");
		ReportSubmitted shared = Reports.tip("almaty").submitted();
		submit(shared);
		offered(shared, ALMATY_SHELTER_ORG);
		answer(offered(shared, ALMATY_LEGAL_AID_ORG), "decline", ALMATY_LEGAL_AID_ORG,
				"{\"reason\":\"No free places\"}");
		ReportSubmitted last = Reports.tip("almaty").minors().submitted();
		submit(last);
		offered(last, ALMATY_SHELTER_ORG);
		ReportSubmitted live = Reports.tip("almaty").minors().submitted();

		StepVerifier.create(events(stream(ALMATY_SHELTER_ORG, firstEventId.get())))
			.assertNext((event) -> assertOffer(event, accepted, ALMATY_SHELTER_ORG))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo("referral.updated");
				assertThat(event.data()).contains("\"referralId\":\"" + acceptedReferral + "\"")
					.contains("\"status\":\"ACCEPTED\"");
			})
			.assertNext((event) -> assertOffer(event, shared, ALMATY_SHELTER_ORG))
			.assertNext((event) -> assertOffer(event, last, ALMATY_SHELTER_ORG))
			// Live after the replay, none replayed twice.
			.then(() -> submit(live))
			.assertNext((event) -> assertOffer(event, live, ALMATY_SHELTER_ORG))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void streamsTipsterMessageOnlyToOrganizationsThatMaySeeTheReferral() throws Exception {
		// Offered to the shelter alone: it takes minors, the legal aid does not.
		ReportSubmitted forChildren = Reports.tip("almaty").minors().submitted();
		submit(forChildren);
		UUID referralId = offered(forChildren, ALMATY_SHELTER_ORG);
		SenimEvent<TipsterMessageSent> message = tipsterMessage(forChildren.reportId(), "Please hurry.");
		ReportSubmitted forEveryone = Reports.tip("almaty").submitted();

		StepVerifier.create(events(stream(ALMATY_LEGAL_AID_ORG)))
			.then(() -> StepVerifier.create(events(stream(ALMATY_SHELTER_ORG)))
				.then(() -> sendTipster(message))
				// The offer itself may still be on its way.
				.thenConsumeWhile((event) -> "referral.offered".equals(event.event()))
				.assertNext((event) -> {
					assertThat(event.event()).isEqualTo("tipster.message");
					assertThat(event.id()).isNotBlank();
					assertThat(event.data()).contains("\"referralId\":\"" + referralId + "\"")
						.contains("\"messageId\":\"" + message.data().messageId() + "\"")
						.contains("\"text\":\"Please hurry.\"");
				})
				.thenCancel()
				.verify(TIMEOUT))
			// The legal aid's next event is its own next offer, not the message.
			.then(() -> submit(forEveryone))
			.assertNext((event) -> assertOffer(event, forEveryone, ALMATY_LEGAL_AID_ORG))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void resumesAfterLastEventIdWithMissedTipsterMessages() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();
		AtomicReference<String> offerEventId = new AtomicReference<>();
		StepVerifier.create(events(stream(ALMATY_SHELTER_ORG))).then(() -> submit(report)).assertNext((event) -> {
			assertOffer(event, report, ALMATY_SHELTER_ORG);
			offerEventId.set(event.id());
		}).thenCancel().verify(TIMEOUT);

		SenimEvent<TipsterMessageSent> missed = tipsterMessage(report.reportId(), "Written while you were away.");
		sendTipster(missed);
		await().atMost(TIMEOUT)
			.until(() -> this.db
				.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE event_type = :type AND record_key = :key")
				.bind("type", EventType.REFERRAL_MESSAGE_RECEIVED.type())
				.bind("key", offered(report, ALMATY_SHELTER_ORG).toString())
				.map((row, meta) -> row.get("n", Long.class))
				.one()
				.block() == 1);

		StepVerifier.create(events(stream(ALMATY_SHELTER_ORG, offerEventId.get()))).assertNext((event) -> {
			assertThat(event.event()).isEqualTo("tipster.message");
			assertThat(event.data()).contains("\"messageId\":\"" + missed.data().messageId() + "\"");
		}).thenCancel().verify(TIMEOUT);
	}

	@Test
	void marksWhereAFreshStreamResumesSoAClientCutOffBeforeItsFirstEventLosesNothing() {
		// An event in the log first, so the stream has a position to give.
		ReportSubmitted before = Reports.tip("almaty").minors().submitted();
		submit(before);
		offered(before, ALMATY_SHELTER_ORG);
		AtomicReference<String> mark = new AtomicReference<>();
		StepVerifier.create(stream(ALMATY_SHELTER_ORG))
			.expectNextMatches(ReferralStreamIntegrationTests::isHeartbeat)
			.thenConsumeWhile(ReferralStreamIntegrationTests::isHeartbeat)
			.assertNext((event) -> {
				assertThat(isResumeMark(event)).as("an id without an event: %s", event).isTrue();
				mark.set(event.id());
			})
			.thenCancel()
			.verify(TIMEOUT);

		// Cut off before any event reached the client: its last id is the mark.
		ReportSubmitted missed = Reports.tip("almaty").minors().submitted();
		submit(missed);
		offered(missed, ALMATY_SHELTER_ORG);
		StepVerifier.create(events(stream(ALMATY_SHELTER_ORG, mark.get())))
			.assertNext((event) -> assertOffer(event, missed, ALMATY_SHELTER_ORG))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void saysResumeIsUnavailableForUnknownLastEventIdThenStreamsLive() {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();

		StepVerifier.create(stream(ALMATY_SHELTER_ORG, "no-such-event"))
			.thenConsumeWhile(ReferralStreamIntegrationTests::isQuiet)
			.assertNext((event) -> assertThat(event.comment()).isEqualTo("resume-unavailable"))
			.then(() -> submit(report))
			.thenConsumeWhile(ReferralStreamIntegrationTests::isQuiet)
			.assertNext((event) -> assertOffer(event, report, ALMATY_SHELTER_ORG))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void rejectsTooLongLastEventId() {
		this.client.get().uri("/api/referrals/stream").accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty"));
			headers.set("Last-Event-ID", "x".repeat(201));
		})
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void rejectsStreamWithoutToken() {
		this.client.get()
			.uri("/api/referrals/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void forbidsStreamToPoliceLiaison() {
		this.client.get()
			.uri("/api/referrals/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("police", "POLICE_LIAISON")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private UUID offered(ReportSubmitted report, UUID organization) {
		return awaitReferral(report.reportId(), organization);
	}

	private void answer(UUID referralId, String action, UUID organization, String body) {
		this.client.post()
			.uri("/api/referrals/{id}/" + action, referralId)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static Flux<ServerSentEvent<String>> events(Flux<ServerSentEvent<String>> stream) {
		return stream.filter((event) -> !isQuiet(event));
	}

	private UUID referralOf(ReportSubmitted report) {
		return this.db.sql("SELECT id FROM referral WHERE report_id = :reportId")
			.bind("reportId", report.reportId())
			.map((row, meta) -> row.get("id", UUID.class))
			.one()
			.block();
	}

	private Flux<ServerSentEvent<String>> stream(UUID organization) {
		return stream(organization, null);
	}

	private Flux<ServerSentEvent<String>> stream(UUID organization, String lastEventId) {
		return this.client.get().uri("/api/referrals/stream").accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty"));
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		}).exchange().expectStatus().isOk().returnResult(SSE).getResponseBody();
	}

	private void sendTipster(SenimEvent<TipsterMessageSent> message) {
		try {
			sendTipsterMessage(message);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void submit(ReportSubmitted report) {
		try {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isHeartbeat(ServerSentEvent<String> event) {
		return "heartbeat".equals(event.comment()) && event.event() == null;
	}

	/** A resume mark: where a stream opened now would resume, without an event. */
	private static boolean isResumeMark(ServerSentEvent<String> event) {
		return event.id() != null && event.data() == null && event.event() == null;
	}

	/** What a stream says that is not an event: heartbeats and its resume mark. */
	private static boolean isQuiet(ServerSentEvent<String> event) {
		return isHeartbeat(event) || isResumeMark(event);
	}

	private static void assertOffer(ServerSentEvent<String> event, ReportSubmitted report, UUID organization) {
		assertThat(event.event()).isEqualTo("referral.offered");
		assertThat(event.id()).isNotBlank();
		// The stream opens the description the event carries sealed.
		assertThat(event.data()).contains("\"reportId\":\"" + report.reportId() + "\"")
			.contains("\"organizationId\":\"" + organization + "\"")
			.contains("\"description\":\"" + Reports.DESCRIPTION + "\"");
	}

}
