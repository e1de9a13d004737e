package org.senim.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

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
import org.senim.contracts.events.ReferralOffered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tip travels through the whole suite, started by {@code ./senim up}: submitted at the
 * gateway, it reaches {@code referrals.almaty} as a {@code referral.offered} CloudEvent
 * and the SSE stream of the Almaty NGO worker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningSuite.class)
class TipTravelsEndToEndSystemTests {

	private static final String GATEWAY = "http://localhost:8080";

	private static final Duration DELIVERY = Duration.ofSeconds(90);

	private static final CloudEventCodec codec = new CloudEventCodec();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static LocalStack stack;

	private static ReferralTopic almatyTopic;

	@BeforeAll
	static void startSuite() {
		stack = RunningSuite.stack();
		almatyTopic = new ReferralTopic(Topics.referralsOf("almaty"));
	}

	@AfterAll
	static void closeTopic() throws Exception {
		if (almatyTopic != null) {
			almatyTopic.close();
		}
	}

	@Test
	@Order(2)
	void tipReachesTheCityTopicAndTheNgoWorkersStream() throws Exception {
		String token = stack.run("token", "ngo-almaty").strip();
		List<String> stream = openReferralStream(token);
		await("first SSE line").atMost(Duration.ofSeconds(30)).until(() -> firstLine(stream) != null);
		assertThat(firstLine(stream)).as("a comment or heartbeat is sent at once on subscribe")
			.matches("^(:.*|event:\\s*heartbeat.*)$");

		String mark = "mark-" + UUID.randomUUID();
		String reportId = submitTip("Workers at a farm near Almaty have their passports taken. " + mark);

		await("referral.offered on referrals.almaty").atMost(DELIVERY)
			.untilAsserted(() -> assertThat(almatyTopic.offersFor(reportId)).isNotEmpty());
		SenimEvent<ReferralOffered> offered = almatyTopic.offersFor(reportId).get(0);
		assertThat(offered.type().type()).isEqualTo("org.senim.referral.offered.v1");
		assertThat(offered.data().city()).isEqualTo("almaty");
		// the referral-service opened it with the data key from the report-service's key
		// channel
		assertThat(offered.data().description()).contains(mark);
		assertThat(rawRecordOf(Topics.REPORTS_SUBMITTED, reportId)).as("only ciphertext on reports.submitted")
			.contains("org.senim.report.submitted.v2")
			.doesNotContain(mark)
			.doesNotContain("passports");
		await("referral.offered on the SSE stream").atMost(DELIVERY)
			.untilAsserted(() -> assertThat(String.join("\n", stream)).containsPattern("event:\\s*referral\\.offered")
				.contains(reportId));
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

	/** A plain consumer of a referral topic, polling on its own thread. */
	static final class ReferralTopic implements AutoCloseable {

		private final Queue<SenimEvent<?>> events = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread poller;

		ReferralTopic(String topic) {
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
						.forEach((record) -> this.events.add(codec.decode(record.value())));
				}
			}
		}

		@SuppressWarnings("unchecked")
		List<SenimEvent<ReferralOffered>> offersFor(String reportId) {
			Stream<SenimEvent<?>> offers = this.events.stream()
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
