package org.senim.referral.escalation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.EscalationAcknowledged;
import org.senim.contracts.events.EscalationRaised;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.ReportServiceStub;
import org.senim.referral.Reports;
import org.senim.referral.system.PageRequest;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EscalationIntegrationTests extends IntegrationTestBase {

	private static final String POLICE = TestTokens.withRoles("liaison-1", "POLICE_LIAISON");

	@Autowired
	private EscalationRepository escalations;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@LocalServerPort
	private int port;

	private WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void raisesEscalationWithoutDescriptionWhenMinorsAreInvolved() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();

		try (Consumer<String, byte[]> police = consumer(Topics.ESCALATIONS_POLICE)) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			ConsumerRecord<String, byte[]> record = awaitRecords(police, (r) -> raisedFor(r, report) != null, 1).get(0);
			EscalationRaised raised = raisedFor(record, report);
			assertThat(record.key()).isEqualTo(raised.escalationId().toString());
			assertThat(raised.city()).isEqualTo("almaty");
			assertThat(raised.minorsInvolved()).isTrue();
			assertThat(raised.reasons()).containsExactly("MINORS_INVOLVED");
			assertThat(raised.summary()).isEqualTo("Forced labour · minors · Farm");
			assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(Reports.DESCRIPTION);
		}
		EscalationDecision decision = this.escalations.findDecision(report.reportId()).block(TIMEOUT);
		assertThat(decision.escalate()).isTrue();
		assertThat(decision.reasons()).containsExactly(EscalationReason.MINORS_INVOLVED);
	}

	@Test
	void carriesEveryCodedAnswerOfTheTipToThePoliceButNeverItsDescription() throws Exception {
		UUID reportId = UUID.randomUUID();
		ReportSubmitted report = new ReportSubmitted(reportId, "almaty", List.of(ExploitationType.SEXUAL_EXPLOITATION),
				ReportServiceStub.seal(reportId, EventType.REPORT_SUBMITTED, "description",
						"They keep the girls in the basement of the sauna."),
				Industry.HOSPITALITY, List.of(ControlMethod.WITHHOLDS_DOCUMENTS, ControlMethod.DEBT_BONDAGE),
				Recruitment.JOB_AD_ONLINE, VenueType.SAUNA, 4, true, false, VictimNationality.FOREIGN, "ru",
				ReporterRole.RELATIVE, false, true, Instant.now());

		try (Consumer<String, byte[]> police = consumer(Topics.ESCALATIONS_POLICE)) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			ConsumerRecord<String, byte[]> record = awaitRecords(police, (r) -> raisedFor(r, report) != null, 1).get(0);
			EscalationRaised raised = raisedFor(record, report);
			assertThat(raised.exploitationTypes()).containsExactly(ExploitationType.SEXUAL_EXPLOITATION);
			assertThat(raised.venueType()).isEqualTo(VenueType.SAUNA);
			assertThat(raised.industry()).isEqualTo(Industry.HOSPITALITY);
			assertThat(raised.controlMethods()).containsExactly(ControlMethod.WITHHOLDS_DOCUMENTS,
					ControlMethod.DEBT_BONDAGE);
			assertThat(raised.recruitment()).isEqualTo(Recruitment.JOB_AD_ONLINE);
			assertThat(raised.victimCount()).isEqualTo(4);
			assertThat(raised.victimNationality()).isEqualTo(VictimNationality.FOREIGN);
			assertThat(raised.language()).isEqualTo("ru");
			assertThat(raised.reporterRole()).isEqualTo(ReporterRole.RELATIVE);
			assertThat(raised.operatorEntered()).isTrue();
			assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("basement of the sauna")
				.doesNotContain("\"description\"");
		}

		String escalation = "$[?(@.reportId == '" + report.reportId() + "')]";
		this.client.get()
			.uri("/api/escalations?size=200")
			.headers((headers) -> headers.setBearerAuth(POLICE))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(escalation + ".venueType")
			.isEqualTo(List.of("SAUNA"))
			.jsonPath(escalation + ".industry")
			.isEqualTo(List.of("HOSPITALITY"))
			.jsonPath(escalation + ".controlMethods[*]")
			.isEqualTo(List.of("WITHHOLDS_DOCUMENTS", "DEBT_BONDAGE"))
			.jsonPath(escalation + ".recruitment")
			.isEqualTo(List.of("JOB_AD_ONLINE"))
			.jsonPath(escalation + ".victimCount")
			.isEqualTo(List.of(4))
			.jsonPath(escalation + ".victimNationality")
			.isEqualTo(List.of("FOREIGN"))
			.jsonPath(escalation + ".reporterRole")
			.isEqualTo(List.of("RELATIVE"))
			.jsonPath(escalation + ".operatorEntered")
			.isEqualTo(List.of(true))
			.jsonPath(escalation + ".exploitationTypes[*]")
			.isEqualTo(List.of("SEXUAL_EXPLOITATION"))
			.jsonPath(escalation + ".minorsInvolved")
			.isEqualTo(List.of(true))
			.jsonPath(escalation + ".description")
			.isEmpty()
			.jsonPath(escalation + ".answers")
			.isEmpty()
			.consumeWith((body) -> assertThat(new String(body.getResponseBodyContent(), StandardCharsets.UTF_8))
				.doesNotContain(Reports.DESCRIPTION));
	}

	@Test
	void storesDecisionNotToEscalateWithItsReason() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();

		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

		EscalationDecision decision = await().atMost(TIMEOUT)
			.until(() -> this.escalations.findDecision(report.reportId()).block(TIMEOUT), (found) -> found != null);
		assertThat(decision.escalate()).isFalse();
		assertThat(decision.reasons()).containsExactly(EscalationReason.NO_CONSENT_TO_POLICE);
		assertThat(this.escalations.findRecent(null, new PageRequest(1000, null)).collectList().block(TIMEOUT))
			.noneMatch((escalation) -> escalation.reportId().equals(report.reportId()));
	}

	@Test
	void listsNewestFirstAndAcknowledgesOnce() throws Exception {
		Escalation older = escalated(Reports.tip("almaty").inDanger().submitted());
		Escalation newer = escalated(Reports.tip("shymkent").minors().submitted());

		this.client.get()
			.uri("/api/escalations")
			.headers((headers) -> headers.setBearerAuth(POLICE))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			// Other tests' tips may be escalated meanwhile: only the relative order is
			// ours to check.
			.jsonPath("$[*].id")
			.value((ids) -> assertThat(((java.util.List<?>) ids).indexOf(newer.id().toString())).isNotNegative()
				.isLessThan(((java.util.List<?>) ids).indexOf(older.id().toString())))
			.jsonPath("$[*].description")
			.isEmpty();

		try (Consumer<String, byte[]> police = consumer(Topics.ESCALATIONS_POLICE)) {
			acknowledge(older.id()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACKNOWLEDGED");

			ConsumerRecord<String, byte[]> record = awaitRecords(police,
					(r) -> this.codec.decode(r.value()).data() instanceof EscalationAcknowledged ack
							&& ack.escalationId().equals(older.id()),
					1)
				.get(0);
			assertThat(record.key()).isEqualTo(older.id().toString());
		}
		acknowledge(older.id()).expectStatus().isEqualTo(409);
	}

	@Test
	void answersUnknownEscalationWithNotFoundProblem() {
		acknowledge(UUID.randomUUID()).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void forbidsEscalationsToNgoWorkers() {
		this.client.get()
			.uri("/api/escalations")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void streamsHeartbeatThenRaisedAndAcknowledgedEscalations() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").inDanger().submitted();
		AtomicReference<UUID> raised = new AtomicReference<>();
		Flux<ServerSentEvent<String>> stream = this.client.get()
			.uri("/api/escalations/stream")
			.headers((headers) -> headers.setBearerAuth(POLICE))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();

		StepVerifier.create(stream)
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.then(() -> submit(report))
			.thenConsumeWhile((event) -> event.data() == null || !event.data().contains(report.reportId().toString()))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo("escalation.raised");
				assertThat(event.data()).doesNotContain(Reports.DESCRIPTION);
				raised.set(UUID.fromString(idOf(event.data())));
			})
			// Off the event loop: the test client blocks.
			.then(() -> Mono.fromRunnable(() -> acknowledge(raised.get()).expectStatus().isOk())
				.subscribeOn(Schedulers.boundedElastic())
				.subscribe())
			.thenConsumeWhile((event) -> event.data() == null || !event.data().contains(report.reportId().toString()))
			.assertNext((event) -> assertThat(event.event()).isEqualTo("escalation.acknowledged"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void resumesAfterLastEventIdWithMissedRaisedAndAcknowledgedEscalations() throws Exception {
		MessageListenerContainer feed = this.listeners.getListenerContainer(EscalationFeed.LISTENER_ID);
		await().atMost(TIMEOUT)
			.until(() -> feed.getAssignedPartitions() != null && !feed.getAssignedPartitions().isEmpty());
		ReportSubmitted first = Reports.tip("almaty").inDanger().submitted();
		AtomicReference<String> firstEventId = new AtomicReference<>();
		StepVerifier.create(stream(null))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.then(() -> submit(first))
			.thenConsumeWhile((event) -> event.data() == null || !event.data().contains(first.reportId().toString()))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo("escalation.raised");
				firstEventId.set(event.id());
			})
			.thenCancel()
			.verify(TIMEOUT);

		// While disconnected: one more escalation, acknowledged.
		ReportSubmitted missed = Reports.tip("almaty").minors().submitted();
		Escalation escalation = escalated(missed);
		acknowledge(escalation.id()).expectStatus().isOk();
		ReportSubmitted live = Reports.tip("almaty").inDanger().submitted();

		StepVerifier.create(stream(firstEventId.get()).filter((event) -> event.comment() == null))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo("escalation.raised");
				assertThat(event.data()).contains(missed.reportId().toString());
			})
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo("escalation.acknowledged");
				assertThat(idOf(event.data())).isEqualTo(escalation.id().toString());
			})
			// Live after the replay, none replayed twice.
			.then(() -> submit(live))
			.assertNext((event) -> {
				assertThat(event.event()).isEqualTo("escalation.raised");
				assertThat(event.data()).contains(live.reportId().toString());
			})
			.thenCancel()
			.verify(TIMEOUT);
	}

	private Flux<ServerSentEvent<String>> stream(String lastEventId) {
		return this.client.get().uri("/api/escalations/stream").headers((headers) -> {
			headers.setBearerAuth(POLICE);
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		})
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
	}

	private static String idOf(String json) {
		int start = json.indexOf("\"escalationId\":\"") + "\"escalationId\":\"".length();
		return json.substring(start, start + 36);
	}

	private void submit(ReportSubmitted report) {
		try {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Escalation escalated(ReportSubmitted report) throws Exception {
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		return await().atMost(TIMEOUT)
			.until(() -> this.escalations.findRecent(null, new PageRequest(1000, null))
				.filter((escalation) -> escalation.reportId().equals(report.reportId()))
				.blockFirst(TIMEOUT), (found) -> found != null);
	}

	private WebTestClient.ResponseSpec acknowledge(UUID id) {
		return this.client.post()
			.uri("/api/escalations/{id}/acknowledge", id)
			.headers((headers) -> headers.setBearerAuth(POLICE))
			.exchange();
	}

	private EscalationRaised raisedFor(ConsumerRecord<String, byte[]> record, ReportSubmitted report) {
		return (this.codec.decode(record.value()).data() instanceof EscalationRaised raised
				&& raised.reportId().equals(report.reportId())) ? raised : null;
	}

}
