package org.senim.referral.offer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralMessageReceived;
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.ReportServiceStub;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The conversation of a tip with its tipster: tipster messages from
 * {@code reports.messages} reach the organizations holding open offers until one accepts,
 * then only that one; the thread holds both directions, oldest first.
 */
class ConversationIntegrationTests extends IntegrationTestBase {

	@Autowired
	private ReferralRepository referrals;

	@Autowired
	private DatabaseClient db;

	@Test
	void forwardsTipsterMessageToEveryOpenOfferThenOnlyToTheAcceptingOrganization() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		UUID shelter = routed(report, ALMATY_SHELTER_ORG);
		UUID legalAid = routed(report, ALMATY_LEGAL_AID_ORG);
		SenimEvent<TipsterMessageSent> before = tipsterMessage(report.reportId(), "They took our passports.");
		SenimEvent<TipsterMessageSent> after = tipsterMessage(report.reportId(), "We are at the farm again.");

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"))) {
			sendTipsterMessage(before);
			List<ReferralMessageReceived> toBoth = received(awaitRecords(almaty, (r) -> carries(r, before), 2));
			assertThat(toBoth).extracting(ReferralMessageReceived::organizationId)
				.containsExactlyInAnyOrder(ALMATY_SHELTER_ORG, ALMATY_LEGAL_AID_ORG);
			assertThat(toBoth).extracting(ReferralMessageReceived::referralId)
				.containsExactlyInAnyOrder(shelter, legalAid);
			assertThat(toBoth).allSatisfy((message) -> {
				assertThat(message.messageId()).isEqualTo(before.data().messageId());
				assertThat(ReportServiceStub.open(message.reportId(), message.referralId(),
						EventType.REFERRAL_MESSAGE_RECEIVED, "text", message.text()))
					.isEqualTo("They took our passports.");
				assertThat(message.city()).isEqualTo("almaty");
			});

			answer(shelter, "accept", ALMATY_SHELTER_ORG, "{}").expectStatus().isOk();
			sendTipsterMessage(after);
			ConsumerRecord<String, byte[]> toShelter = awaitRecords(almaty, (r) -> carries(r, after), 1).get(0);
			assertThat(toShelter.key()).isEqualTo(shelter.toString());
			assertThat(received(List.of(toShelter))).extracting(ReferralMessageReceived::organizationId)
				.containsExactly(ALMATY_SHELTER_ORG);
		}
		// Both forwards of a message are written in one transaction: the withdrawn offer
		// got the first message only.
		assertThat(forwardsTo(legalAid)).isOne();
		assertThat(forwardsTo(shelter)).isEqualTo(2);
	}

	@Test
	void showsTheWholeThreadBothDirectionsOldestFirstOnlyToTheOrganizationHandlingIt() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		UUID shelter = routed(report, ALMATY_SHELTER_ORG);
		UUID legalAid = routed(report, ALMATY_LEGAL_AID_ORG);
		SenimEvent<TipsterMessageSent> first = tipsterMessage(report.reportId(), "Is anyone there?");
		sendTipsterMessage(first);
		awaitThread(shelter, ALMATY_SHELTER_ORG, 1);
		thread(legalAid, ALMATY_LEGAL_AID_ORG).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].text")
			.isEqualTo("Is anyone there?");

		answer(shelter, "accept", ALMATY_SHELTER_ORG, "{}").expectStatus().isOk();
		answer(shelter, "messages", ALMATY_SHELTER_ORG, "{\"text\":\"  We are here. Where are you?  \"}").expectStatus()
			.isAccepted();
		sendTipsterMessage(tipsterMessage(report.reportId(), "At the farm near Kaskelen."));
		awaitThread(shelter, ALMATY_SHELTER_ORG, 3);

		thread(shelter, ALMATY_SHELTER_ORG).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(3)
			.jsonPath("$[0].id")
			.isEqualTo(first.data().messageId().toString())
			.jsonPath("$[0].from")
			.isEqualTo("TIPSTER")
			.jsonPath("$[0].text")
			.isEqualTo("Is anyone there?")
			.jsonPath("$[1].from")
			.isEqualTo("CASEWORKER")
			.jsonPath("$[1].text")
			.isEqualTo("We are here. Where are you?")
			.jsonPath("$[2].from")
			.isEqualTo("TIPSTER")
			.jsonPath("$[2].text")
			.isEqualTo("At the farm near Kaskelen.")
			.jsonPath("$[0].organizationId")
			.doesNotExist();
		// The withdrawn offer no longer gets the conversation; another organization's
		// referral is not found.
		thread(legalAid, ALMATY_LEGAL_AID_ORG).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		thread(shelter, SHYMKENT_ORG).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(viewsOf(shelter)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void keepsMessagesSealedAtRest() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		UUID shelter = routed(report, ALMATY_SHELTER_ORG);
		String secret = "hidden-" + UUID.randomUUID();

		sendTipsterMessage(tipsterMessage(report.reportId(), "The address is " + secret));
		awaitThread(shelter, ALMATY_SHELTER_ORG, 1);

		byte[] stored = this.db.sql("SELECT text_ciphertext FROM conversation_message WHERE report_id = :reportId")
			.bind("reportId", report.reportId())
			.map((row, meta) -> row.get("text_ciphertext", byte[].class))
			.one()
			.block(TIMEOUT);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
	}

	@Test
	void addsARedeliveredMessageOnce() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		UUID shelter = routed(report, ALMATY_SHELTER_ORG);
		SenimEvent<TipsterMessageSent> twice = tipsterMessage(report.reportId(), "Sent once, delivered twice.");

		sendTipsterMessage(twice);
		sendTipsterMessage(twice);
		// Same key, same partition: once the later message is in, both copies were
		// handled.
		sendTipsterMessage(tipsterMessage(report.reportId(), "A later message."));
		awaitThread(shelter, ALMATY_SHELTER_ORG, 2);

		thread(shelter, ALMATY_SHELTER_ORG).expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].text")
			.isEqualTo("Sent once, delivered twice.")
			.jsonPath("$[1].text")
			.isEqualTo("A later message.");
		assertThat(forwardsTo(shelter)).isEqualTo(2);
	}

	@Test
	void sendsPoisonMessageToDeadLetterTopicAndKeepsPartitionFlowing() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		UUID shelter = routed(report, ALMATY_SHELTER_ORG);
		String key = report.reportId().toString();

		try (Consumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REPORTS_MESSAGES))) {
			this.kafka.send(Topics.REPORTS_MESSAGES, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8))
				.get(30, TimeUnit.SECONDS);
			// Readable, but of a type this topic does not carry.
			send(Topics.REPORTS_MESSAGES, key, reportEvent(report));
			sendTipsterMessage(tipsterMessage(report.reportId(), "Still flowing."));

			List<ConsumerRecord<String, byte[]>> dead = awaitRecords(deadLetters, (r) -> key.equals(r.key()), 2);
			assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
			assertThat(this.codec.decode(dead.get(1).value()).type()).isEqualTo(EventType.REPORT_SUBMITTED);
		}
		awaitThread(shelter, ALMATY_SHELTER_ORG, 1);
		thread(shelter, ALMATY_SHELTER_ORG).expectBody().jsonPath("$[0].text").isEqualTo("Still flowing.");
	}

	@Test
	void keepsMessageOfTipNotRoutedYetForTheOrganizationsItIsOfferedTo() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();
		SenimEvent<TipsterMessageSent> early = tipsterMessage(report.reportId(), "Written before routing.");

		sendTipsterMessage(early);
		await().atMost(TIMEOUT)
			.until(() -> this.db.sql("SELECT COUNT(*) AS n FROM conversation_message WHERE id = :id")
				.bind("id", early.data().messageId())
				.map((row, meta) -> row.get("n", Long.class))
				.one()
				.block() == 1);
		UUID shelter = routed(report, ALMATY_SHELTER_ORG);

		thread(shelter, ALMATY_SHELTER_ORG).expectBody().jsonPath("$[0].text").isEqualTo("Written before routing.");
	}

	@Test
	void forgetsTheConversationWhenTheTipExpires() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		UUID shelter = routed(report, ALMATY_SHELTER_ORG);
		sendTipsterMessage(tipsterMessage(report.reportId(), "Soon forgotten."));
		awaitThread(shelter, ALMATY_SHELTER_ORG, 1);

		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(),
				SenimEvent.of(EventType.REPORT_EXPIRED, URI.create("urn:senim:test"), report.reportId().toString(),
						new ReportExpired(report.reportId(), Instant.now())));
		await().atMost(TIMEOUT)
			.until(() -> this.referrals.findByReport(report.reportId()).collectList().block().isEmpty());
		// A message still on its way when the tip expired is dropped, not kept.
		SenimEvent<TipsterMessageSent> late = tipsterMessage(report.reportId(), "Too late.");
		sendTipsterMessage(late);

		await().atMost(TIMEOUT)
			.until(() -> this.db.sql("SELECT COUNT(*) AS n FROM processed_event WHERE event_id = :id")
				.bind("id", late.id())
				.map((row, meta) -> row.get("n", Long.class))
				.one()
				.block() == 1);
		assertThat(messagesOf(report.reportId())).isZero();
	}

	private UUID routed(ReportSubmitted report, UUID organization) throws Exception {
		if (this.referrals.findByReport(report.reportId()).collectList().block(TIMEOUT).isEmpty()) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		}
		return awaitReferral(report.reportId(), organization);
	}

	private WebTestClient.ResponseSpec answer(UUID referralId, String action, UUID organization, String body) {
		return http().post()
			.uri("/api/referrals/{id}/" + action, referralId)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec thread(UUID referralId, UUID organization) {
		return http().get()
			.uri("/api/referrals/{id}/messages", referralId)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(organization, "almaty")))
			.exchange();
	}

	private void awaitThread(UUID referralId, UUID organization, int size) {
		await().atMost(TIMEOUT)
			.until(() -> thread(referralId, organization).expectBody(List.class).returnResult().getResponseBody(),
					(messages) -> messages != null && messages.size() >= size);
	}

	private boolean carries(ConsumerRecord<String, byte[]> record, SenimEvent<TipsterMessageSent> message) {
		return this.codec.decode(record.value()).data() instanceof ReferralMessageReceived received
				&& received.messageId().equals(message.data().messageId());
	}

	private List<ReferralMessageReceived> received(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream()
			.map((r) -> this.codec.decode(r.value(), EventType.REFERRAL_MESSAGE_RECEIVED).data())
			.toList();
	}

	private long forwardsTo(UUID referralId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key = :key AND event_type = :type")
			.bind("key", referralId.toString())
			.bind("type", EventType.REFERRAL_MESSAGE_RECEIVED.type())
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

	private long messagesOf(UUID reportId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM conversation_message WHERE report_id = :reportId")
			.bind("reportId", reportId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

	private long viewsOf(UUID referralId) {
		return this.db.sql("""
				SELECT COUNT(*) AS n FROM audit_event
				WHERE object_type = 'REFERRAL' AND object_id = :id AND action = 'VIEWED'""")
			.bind("id", referralId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

}
