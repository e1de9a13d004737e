package org.senim.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.codes.ServiceType;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.referral.directory.DirectoryReplica;
import org.senim.testing.PostgresDatabase;
import org.senim.testing.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on a real PostgreSQL and the embedded Kafka broker, with a sample
 * directory published on {@code directory.changes} once per test JVM. Every integration
 * test class extends this, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "senim.kafka.retry-backoff=100ms", "senim.kafka.retry-backoff-max=200ms",
				"senim.kafka.transient-backoff-max=400ms", "senim.outbox.poll-interval=1s",
				"senim.referral.reroute.sweep-interval=500ms", "senim.referral.unaccepted.sweep-interval=500ms",
				"senim.referral.stream.topic-refresh-ms=2000",
				// A bound a test can go beyond with a few tips.
				"senim.referral.stream.replay-max-events=20", "senim.crypto.keys.k1=" + TestDatabases.TEST_KEY })
@Import({ TestJwtDecoder.class, TestClock.Configuration.class })
public abstract class IntegrationTestBase {

	public static final UUID ALMATY_SHELTER_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	public static final UUID ALMATY_LEGAL_AID_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000015");

	public static final UUID SHYMKENT_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000013");

	/**
	 * A national organization: its service (of no city) is for adults, foreign ones too.
	 */
	public static final UUID NATIONAL_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000016");

	private static final UUID TARAZ_RETIRED_SERVICE = UUID.fromString("0b000000-0000-4000-8000-000000000014");

	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * The service reaches its database through this proxy, so a test can take the
	 * database away from the service alone.
	 */
	protected static final DatabaseProxy DATABASE = proxyToTestDatabase();

	/** The issuer's token endpoint and the report-service's key channel. */
	protected static final ReportServiceStub REPORT_SERVICE = ReportServiceStub.get();

	private static volatile boolean directoryPublished;

	@Autowired
	protected KafkaTemplate<String, byte[]> kafka;

	@Autowired
	protected CloudEventCodec codec;

	@Autowired
	protected DirectoryReplica replica;

	@Autowired
	private DatabaseClient database;

	@LocalServerPort
	private int serverPort;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
		PostgresDatabase database = TestPostgres.database("referral-service");
		registry.add("spring.r2dbc.url",
				() -> "r2dbc:postgresql://127.0.0.1:" + DATABASE.port() + "/" + database.database());
		registry.add("spring.r2dbc.username", database::username);
		registry.add("spring.r2dbc.password", database::password);
		// Migrations go the direct way: they run before any test can cut the proxy.
		registry.add("spring.flyway.url", database::jdbcUrl);
		registry.add("spring.flyway.user", database::username);
		registry.add("spring.flyway.password", database::password);
		String brokers = System.getProperty("spring.embedded.kafka.brokers");
		registry.add("spring.kafka.bootstrap-servers", () -> brokers);
		registry.add("senim.referral.report-keys.uri", REPORT_SERVICE::uri);
		registry.add("senim.referral.report-keys.token-uri", () -> REPORT_SERVICE.uri() + "/oauth2/token");
		registry.add("senim.referral.report-keys.client-secret", () -> ReportServiceStub.CLIENT_SECRET);
		createInboundTopics(brokers);
	}

	private static DatabaseProxy proxyToTestDatabase() {
		PostgresDatabase database = TestPostgres.database("referral-service");
		return DatabaseProxy.to(database.host(), database.port());
	}

	// The topics other services produce; the referral-service does not declare them.
	private static void createInboundTopics(String brokers) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
			NewTopic directory = new NewTopic(Topics.DIRECTORY_CHANGES, 3, (short) 1)
				.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
			NewTopic reports = new NewTopic(Topics.REPORTS_SUBMITTED, 3, (short) 1);
			NewTopic messages = new NewTopic(Topics.REPORTS_MESSAGES, 3, (short) 1);
			admin.createTopics(List.of(directory, reports, messages)).values().values().forEach((creation) -> {
				try {
					creation.get(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException(ex);
					}
				}
			});
		}
	}

	@BeforeEach
	void publishSampleDirectoryOnce() throws Exception {
		if (directoryPublished) {
			return;
		}
		city("almaty", 43.238, 76.945);
		city("shymkent", 42.317, 69.596);
		city("taraz", 42.900, 71.378);
		city("astana", 51.128, 71.431);
		service(UUID.fromString("0b000000-0000-4000-8000-000000000004"), ALMATY_SHELTER_ORG, "almaty", true, true, 3);
		service(UUID.fromString("0b000000-0000-4000-8000-000000000015"), ALMATY_LEGAL_AID_ORG, "almaty", false, false,
				null);
		service(UUID.fromString("0b000000-0000-4000-8000-000000000013"), SHYMKENT_ORG, "shymkent", true, true, 1);
		service(TARAZ_RETIRED_SERVICE, UUID.randomUUID(), "taraz", true, true, 2);
		service(UUID.fromString("0b000000-0000-4000-8000-000000000016"), NATIONAL_ORG, "national", false, true, null);
		this.kafka.send(Topics.DIRECTORY_CHANGES, TARAZ_RETIRED_SERVICE.toString(), null).get(30, TimeUnit.SECONDS);
		await().atMost(TIMEOUT).untilAsserted(() -> {
			assertThat(this.replica.cities().collectList().block()).hasSize(4);
			assertThat(this.replica.referralServices().collectList().block()).hasSize(4);
		});
		directoryPublished = true;
	}

	protected void city(String slug, double latitude, double longitude) throws Exception {
		DirectoryCityChanged city = new DirectoryCityChanged(slug, "Sample " + slug, null, null, null, latitude,
				longitude, Instant.now());
		send(Topics.DIRECTORY_CHANGES, slug, SenimEvent.of(EventType.DIRECTORY_CITY, source(), slug, city));
	}

	protected void service(UUID id, UUID organization, String city, boolean minors, boolean foreigners,
			Integer capacity) throws Exception {
		DirectoryServiceChanged service = new DirectoryServiceChanged(id, organization, "Sample NGO " + city,
				"Sample shelter", city, List.of(ServiceType.SHELTER), true, true, minors, foreigners, capacity, true,
				Instant.now());
		send(Topics.DIRECTORY_CHANGES, id.toString(),
				SenimEvent.of(EventType.DIRECTORY_SERVICE, source(), id.toString(), service));
	}

	protected SenimEvent<ReportSubmitted> reportEvent(ReportSubmitted report) {
		return SenimEvent.of(EventType.REPORT_SUBMITTED, source(), report.reportId().toString(), report);
	}

	/** A client of the running service. */
	protected WebTestClient http() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.serverPort)
			.responseTimeout(TIMEOUT)
			.build();
	}

	/** The id of the report's referral to the organization, once it is stored. */
	protected UUID awaitReferral(UUID reportId, UUID organization) {
		return await().atMost(TIMEOUT)
			.until(() -> this.database
				.sql("SELECT id FROM referral WHERE report_id = :reportId AND organization_id = :organizationId")
				.bind("reportId", reportId)
				.bind("organizationId", organization)
				.map((row, meta) -> row.get("id", UUID.class))
				.one()
				.block(), (id) -> id != null);
	}

	/** A tipster's message on the tip, as the report-service writes it. */
	protected SenimEvent<TipsterMessageSent> tipsterMessage(UUID reportId, String text) {
		TipsterMessageSent message = new TipsterMessageSent(UUID.randomUUID(), reportId,
				ReportServiceStub.seal(reportId, EventType.TIPSTER_MESSAGE, "text", text), Instant.now());
		return SenimEvent.of(EventType.TIPSTER_MESSAGE, source(), reportId.toString(), message);
	}

	protected SendResult<String, byte[]> sendTipsterMessage(SenimEvent<TipsterMessageSent> message) throws Exception {
		return send(Topics.REPORTS_MESSAGES, message.data().reportId().toString(), message);
	}

	protected SendResult<String, byte[]> send(String topic, String key, SenimEvent<?> event) throws Exception {
		return this.kafka.send(topic, key, this.codec.encode(event)).get(30, TimeUnit.SECONDS);
	}

	protected static Consumer<String, byte[]> consumer(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				System.getProperty("spring.embedded.kafka.brokers"), ConsumerConfig.GROUP_ID_CONFIG,
				"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				// Topics are the service's to create, with its partitions.
				ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
		consumer.subscribe(List.of(topic));
		return consumer;
	}

	/** Polls until {@code count} records matching the predicate have arrived. */
	protected static List<ConsumerRecord<String, byte[]>> awaitRecords(Consumer<String, byte[]> consumer,
			Predicate<ConsumerRecord<String, byte[]>> matching, int count) {
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		await().atMost(TIMEOUT).until(() -> {
			consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
				if (matching.test(record)) {
					found.add(record);
				}
			});
			return found.size() >= count;
		});
		return found;
	}

	private static java.net.URI source() {
		return java.net.URI.create("urn:senim:test");
	}

}
