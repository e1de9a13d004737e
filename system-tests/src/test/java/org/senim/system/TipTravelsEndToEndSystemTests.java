package org.senim.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.ReferralOffered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tip travels through the whole suite, started by {@code ./senim up}: submitted at the
 * gateway, it reaches {@code referrals.almaty} as a {@code referral.offered} CloudEvent
 * and the SSE stream of the Almaty NGO worker; its text is on no topic in plain text, and
 * opens with the key the NGO data-key API gives the worker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningSuite.class)
class TipTravelsEndToEndSystemTests {

	private static final String GATEWAY = "http://localhost:8080";

	private static final Duration DELIVERY = Duration.ofSeconds(90);

	private static final CloudEventCodec codec = new CloudEventCodec();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static LocalStack stack;

	private static TopicRecords almatyTopic;

	private static TopicRecords statusTopic;

	private static TopicRecords messagesTopic;

	private static TopicRecords policeTopic;

	@BeforeAll
	static void startSuite() {
		stack = RunningSuite.stack();
		almatyTopic = new TopicRecords(Topics.referralsOf("almaty"));
		statusTopic = new TopicRecords(Topics.REFERRALS_STATUS);
		messagesTopic = new TopicRecords(Topics.REPORTS_MESSAGES);
		policeTopic = new TopicRecords(Topics.ESCALATIONS_POLICE);
	}

	@AfterAll
	static void closeTopics() throws Exception {
		for (TopicRecords topic : new TopicRecords[] { almatyTopic, statusTopic, messagesTopic, policeTopic }) {
			if (topic != null) {
				topic.close();
			}
		}
	}

	@Test
	@Order(2)
	void tipReachesTheCityTopicAndTheNgoWorkersStream() throws Exception {
		String token = stack.run("token", "ngo-almaty").strip();
		String organizationId = JsonPath
			.read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8), "$.org_id");
		List<String> stream = openReferralStream(token);
		await("first SSE line").atMost(Duration.ofSeconds(30)).until(() -> firstLine(stream) != null);
		assertThat(firstLine(stream)).as("a comment or heartbeat is sent at once on subscribe")
			.matches("^(:.*|event:\\s*heartbeat.*)$");

		String mark = "mark-" + UUID.randomUUID();
		Tips.Tip tip = Tips.submit("Workers at a farm near Almaty have their passports taken. " + mark);
		String reportId = tip.reportId();

		await("referral.offered to the worker's organization on referrals.almaty").atMost(DELIVERY)
			.untilAsserted(() -> assertThat(almatyTopic.offersFor(reportId))
				.anyMatch((offer) -> offer.data().organizationId().toString().equals(organizationId)));
		SenimEvent<ReferralOffered> offered = almatyTopic.offersFor(reportId)
			.stream()
			.filter((offer) -> offer.data().organizationId().toString().equals(organizationId))
			.findFirst()
			.orElseThrow();
		String referralId = offered.data().referralId().toString();
		assertThat(offered.type().type()).isEqualTo("org.senim.referral.offered.v2");
		assertThat(offered.data().city()).isEqualTo("almaty");
		// The referral-service got the key from the report-service's key channel; the NGO
		// worker gets it through the gateway, and the description opens with it.
		HttpResponse<String> key = api(token, "GET", "/api/referrals/" + referralId + "/data-key", null);
		assertThat(key.statusCode()).as(key.body()).isEqualTo(200);
		assertThat(key.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(JsonPath.<String>read(key.body(), "$.keyId")).isEqualTo("report:" + reportId);
		assertThat(JsonPath.<String>read(key.body(), "$.algorithm")).isEqualTo("AES-256-GCM");
		assertThat(open(JsonPath.read(key.body(), "$.key"), offered.data().description(), EventType.REFERRAL_OFFERED,
				"description", referralId))
			.contains(mark);
		assertThat(rawRecordOf(Topics.REPORTS_SUBMITTED, reportId)).as("only ciphertext on reports.submitted")
			.contains("org.senim.report.submitted.v2")
			.doesNotContain(mark)
			.doesNotContain("passports");
		await("referral.offered on the SSE stream, its description opened").atMost(DELIVERY)
			.untilAsserted(() -> assertThat(String.join("\n", stream)).containsPattern("event:\\s*referral\\.offered")
				.contains(reportId)
				.contains(mark));

		// The tipster writes, the worker accepts and answers: both texts travel sealed
		// too.
		HttpResponse<String> followUp = http
			.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/reports/followup/messages"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"receipt\":\"" + tip.receipt() + "\",\"text\":\"Follow-up " + mark + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(followUp.statusCode()).as(followUp.body()).isBetween(200, 299);
		await("referral.message-received on referrals.almaty").atMost(DELIVERY)
			.untilAsserted(() -> assertThat(almatyTopic.rawAbout(reportId))
				.anyMatch((raw) -> raw.contains(EventType.REFERRAL_MESSAGE_RECEIVED.type())));
		assertThat(api(token, "POST", "/api/referrals/" + referralId + "/accept", null).statusCode()).isEqualTo(200);
		HttpResponse<String> reply = api(token, "POST", "/api/referrals/" + referralId + "/messages",
				"{\"text\":\"Reply " + mark + "\"}");
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
		await("caseworker.message on referrals.status").atMost(DELIVERY)
			.untilAsserted(() -> assertThat(statusTopic.rawAbout(reportId))
				.anyMatch((raw) -> raw.contains(EventType.CASEWORKER_MESSAGE.type())));
		await("tipster.message on reports.messages").atMost(DELIVERY)
			.untilAsserted(() -> assertThat(messagesTopic.rawAbout(reportId)).isNotEmpty());

		for (TopicRecords topic : List.of(almatyTopic, statusTopic, messagesTopic, policeTopic)) {
			assertThat(topic.raw()).as("no plain text on " + topic.name())
				.noneMatch((raw) -> raw.contains(mark))
				.noneMatch((raw) -> raw.contains("passports"));
		}
	}

	@Test
	@Order(1)
	void gatewayListsThePoliceHotlineForAMisspelledCity() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(GATEWAY + "/api/directory/hotlines?city=karaganada")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> national = JsonPath.read(response.body(), "$.national[*].dial");
		assertThat(national).contains("11616");
	}

	/** Routing uses the referral-service's replica of {@code directory.changes}. */
	@Test
	@Order(3)
	void tipReachesTheCityTopicWhileTheDirectoryIsDown() throws Exception {
		stack.run("stop", "directory-service");
		try {
			String reportId = submitTip("A second tip, sent while the directory is down.");
			await("referral.offered on referrals.almaty without the directory").atMost(DELIVERY)
				.untilAsserted(() -> assertThat(almatyTopic.offersFor(reportId)).isNotEmpty());
			// A person looking for help still gets the national hotlines (the gateway's
			// fallback).
			HttpResponse<String> hotlines = http.send(
					HttpRequest.newBuilder(URI.create(GATEWAY + "/api/directory/hotlines?city=almaty")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(hotlines.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<List<String>>read(hotlines.body(), "$.national[*].dial")).contains("11616",
					"88000800015");
		}
		finally {
			stack.run("start", "directory-service");
		}
	}

	/**
	 * Nothing lost: a tip accepted while Kafka is down reaches its city once Kafka is
	 * back, once.
	 */
	@Test
	@Order(4)
	void tipAcceptedWhileKafkaIsDownArrivesOnceKafkaIsBack() throws Exception {
		stack.run("stop", "kafka");
		String reportId;
		try {
			reportId = submitTip("A tip sent while Kafka is down.");
		}
		finally {
			stack.run("start", "kafka");
		}
		await("referral.offered on referrals.almaty after Kafka is back").atMost(Duration.ofMinutes(4))
			.untilAsserted(() -> assertThat(almatyTopic.offersFor(reportId)).isNotEmpty());
		List<SenimEvent<ReferralOffered>> offers = almatyTopic.offersFor(reportId);
		assertThat(offers).extracting((offer) -> offer.data().organizationId()).doesNotHaveDuplicates();
	}

	static String submitTip(String description) throws Exception {
		return Tips.submit(description).reportId();
	}

	private static List<String> openReferralStream(String token) {
		List<String> lines = new CopyOnWriteArrayList<>();
		HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/referrals/stream"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream")
			.build();
		http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept((response) -> {
			if (response.statusCode() != 200) {
				lines.add("HTTP " + response.statusCode());
			}
			response.body().forEach(lines::add);
		});
		return lines;
	}

	private static String firstLine(List<String> lines) {
		return lines.stream().filter((line) -> !line.isBlank()).findFirst().orElse(null);
	}

	/**
	 * The value of the first record with the key on the topic, as the broker holds it.
	 */
	private static String rawRecordOf(String topic, String key) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
				ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		Queue<String> found = new ConcurrentLinkedQueue<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			await(topic + " record of " + key).atMost(DELIVERY).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> {
					if (key.equals(record.key())) {
						found.add(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8));
					}
				});
				return !found.isEmpty();
			});
		}
		return found.peek();
	}

	private static HttpResponse<String> api(String token, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(20));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens an event's sealed text as an NGO's own system would, with the key the
	 * data-key API answered: AES-256-GCM, the event type, field and record as associated
	 * data.
	 */
	private static String open(String key, EncryptedText sealed, EventType<?> type, String field, String recordId)
			throws Exception {
		Base64.Decoder base64 = Base64.getDecoder();
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(base64.decode(key), "AES"),
				new GCMParameterSpec(128, base64.decode(sealed.nonce())));
		cipher.updateAAD(EncryptedText.associatedData(type.type(), field, UUID.fromString(recordId)));
		return new String(cipher.doFinal(base64.decode(sealed.ciphertext())), StandardCharsets.UTF_8);
	}

	/** A plain consumer of a topic from its start, polling on its own thread. */
	static final class TopicRecords implements AutoCloseable {

		private final String name;

		private final Queue<String> raw = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread poller;

		TopicRecords(String topic) {
			this.name = topic;
			Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
					ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
					ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
					StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
					ByteArrayDeserializer.class);
			KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
			consumer.subscribe(List.of(topic));
			this.poller = new Thread(() -> poll(consumer), "consumer-" + topic);
			this.poller.start();
		}

		private void poll(KafkaConsumer<String, byte[]> consumer) {
			try (consumer) {
				while (this.running.get()) {
					consumer.poll(Duration.ofMillis(500))
						.forEach((record) -> this.raw.add(new String(record.value(), StandardCharsets.UTF_8)));
				}
			}
		}

		String name() {
			return this.name;
		}

		/** The records as the broker holds them. */
		List<String> raw() {
			return List.copyOf(this.raw);
		}

		List<String> rawAbout(String reportId) {
			return this.raw.stream().filter((value) -> value.contains("\"reportId\":\"" + reportId + "\"")).toList();
		}

		@SuppressWarnings("unchecked")
		List<SenimEvent<ReferralOffered>> offersFor(String reportId) {
			Stream<SenimEvent<?>> offers = rawAbout(reportId).stream()
				.<SenimEvent<?>>map((value) -> codec.decode(value.getBytes(StandardCharsets.UTF_8)))
				.filter((event) -> event.type().equals(EventType.REFERRAL_OFFERED));
			return offers.map((event) -> (SenimEvent<ReferralOffered>) event)
				.filter((event) -> event.data().reportId().toString().equals(reportId))
				.toList();
		}

		@Override
		public void close() throws InterruptedException {
			this.running.set(false);
			this.poller.join(Duration.ofSeconds(10).toMillis());
		}

	}

}
