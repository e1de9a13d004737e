package org.senim.report;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.EncryptedText;
import org.senim.platform.crypto.EnvelopeCipher;
import org.senim.report.datakey.ReportDataKeys;
import org.senim.testing.TestPostgres;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The one Spring context of the integration tests: the whole service on a random port, a
 * fresh PostgreSQL database (behind a {@link DatabaseSwitch}), the JVM's embedded KRaft
 * broker and a stub directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@Import(DatabaseSwitch.class)
public abstract class IntegrationTestSupport {

	protected static final DirectoryStub DIRECTORY = DirectoryStub.start();

	private static final SecureRandom RANDOM = new SecureRandom();

	@DynamicPropertySource
	static void externalSystems(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry, "report-service");
		registry.add("senim.report.directory.uri", DIRECTORY::uri);
		registry.add("senim.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("senim.security.jwk-set-uri", () -> DIRECTORY.uri() + DirectoryStub.JWKS_PATH);
		createForeignTopics();
	}

	/**
	 * An Idempotency-Key as the gateway's tip forms make them: 16 random bytes,
	 * base64url.
	 */
	protected static String idempotencyKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	protected static String brokers() {
		String brokers = System.getProperty("spring.embedded.kafka.brokers");
		if (brokers == null) {
			throw new IllegalStateException("The embedded Kafka broker is required (junit-platform.properties)");
		}
		return brokers;
	}

	/** A consumer reading the topic from the beginning under a group of its own. */
	protected static KafkaConsumer<String, byte[]> consumerOf(String topic) {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(), ConsumerConfig.GROUP_ID_CONFIG,
						"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer());
		consumer.subscribe(List.of(topic));
		return consumer;
	}

	/** The first record with the key on the topic, read from the beginning. */
	protected static ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumerOf(topic)) {
			await().atMost(patience()).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
				return seen.stream().anyMatch((record) -> key.equals(record.key()));
			});
		}
		return seen.stream().filter((record) -> key.equals(record.key())).findFirst().orElseThrow();
	}

	// The directory-service and the referral-service own these topics; here they must
	// exist before the listeners subscribe.
	private static void createForeignTopics() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()))) {
			Set<String> existing = admin.listTopics().names().get();
			if (!existing.contains(Topics.DIRECTORY_CHANGES)) {
				admin.createTopics(List.of(TopicBuilder.name(Topics.DIRECTORY_CHANGES).partitions(3).compact().build()))
					.all()
					.get();
			}
			if (!existing.contains(Topics.REFERRALS_STATUS)) {
				admin.createTopics(List.of(TopicBuilder.name(Topics.REFERRALS_STATUS).partitions(3).build()))
					.all()
					.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not prepare the topics of other services", ex);
		}
	}

	@Autowired
	private ReportDataKeys dataKeys;

	@Autowired
	private EnvelopeCipher envelope;

	/**
	 * Opens free text of an event with the report's data key, as a consumer holding that
	 * key would; empty once the key is shredded.
	 */
	protected Optional<String> openWithDataKey(UUID reportId, EventType<?> type, String field, EncryptedText sealed) {
		return this.dataKeys.find(reportId)
			.map((key) -> this.envelope.open(sealed, EncryptedText.keyIdOf(reportId), key,
					EncryptedText.associatedData(type.type(), field, reportId)))
			.blockOptional(Duration.ofSeconds(5));
	}

	/**
	 * Seals free text of an event about the report under its data key, as the
	 * referral-service does with its copy of the key.
	 */
	protected EncryptedText sealWithDataKey(UUID reportId, EventType<?> type, String field, String text) {
		return this.dataKeys.find(reportId)
			.map((key) -> this.envelope.seal(EncryptedText.keyIdOf(reportId), key, text,
					EncryptedText.associatedData(type.type(), field, reportId)))
			.blockOptional(Duration.ofSeconds(5))
			.orElseThrow();
	}

	protected static Duration patience() {
		return Duration.ofSeconds(30);
	}

}
