package org.senim.directory.changes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.directory.IntegrationTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DirectoryChangesIntegrationTests extends IntegrationTestBase {

	/** Ids of the shipped national services and the sample services. */
	private static final Pattern SEEDED = Pattern.compile("[01]b000000-0000-4000-8000-0000000000\\d\\d");

	private static final UUID SECOND_ALMATY = UUID.fromString("0b000000-0000-4000-8000-000000000015");

	private static final UUID SAMPLE_NATIONAL_ORGANIZATION = UUID.fromString("0a000000-0000-4000-8000-000000000016");

	private final CloudEventCodec codec = new CloudEventCodec();

	private final String brokers = System.getProperty("spring.embedded.kafka.brokers");

	@Autowired
	private DatabaseClient database;

	@Test
	void publishesASnapshotOfEveryCityAndServiceOnStartup() {
		Map<String, SenimEvent<?>> latest = readDirectoryChanges(14 + 2 + 16);
		List<DirectoryCityChanged> cities = latest.values()
			.stream()
			.filter((event) -> event.type().equals(EventType.DIRECTORY_CITY))
			.map((event) -> (DirectoryCityChanged) event.data())
			.toList();
		List<DirectoryServiceChanged> services = latest.values()
			.stream()
			.filter((event) -> event.type().equals(EventType.DIRECTORY_SERVICE))
			.map((event) -> (DirectoryServiceChanged) event.data())
			// admin tests of the same context may add services of their own
			.filter((service) -> SEEDED.matcher(service.serviceId().toString()).matches())
			.toList();
		assertThat(cities).hasSize(14).anySatisfy((city) -> {
			assertThat(city.slug()).isEqualTo("karaganda");
			// Consumers match names from these while the directory is down.
			assertThat(city.aliases()).isNotEmpty();
		}).allSatisfy((city) -> assertThat(latest.get(city.slug()).subject()).isEqualTo(city.slug()));
		assertThat(services).hasSize(18).anySatisfy((service) -> {
			assertThat(service.serviceId()).isEqualTo(SECOND_ALMATY);
			assertThat(service.city()).isEqualTo("almaty");
			assertThat(service.acceptsMinors()).isTrue();
			assertThat(service.acceptsForeigners()).isTrue();
			assertThat(service.takesReferrals()).isTrue();
			assertThat(service.sample()).isTrue();
		});
		// The two national hotlines and the sample national organization's service.
		assertThat(services).filteredOn((service) -> service.city().equals(Topics.NATIONAL_TIER))
			.hasSize(3)
			.anySatisfy((service) -> {
				assertThat(service.organizationId()).isEqualTo(SAMPLE_NATIONAL_ORGANIZATION);
				assertThat(service.takesReferrals()).isTrue();
				assertThat(service.sample()).isTrue();
			});
		assertThat(services).filteredOn((service) -> service.serviceName().startsWith("Sample"))
			.hasSize(16)
			.allSatisfy((service) -> assertThat(service.sample()).isTrue());
	}

	@Test
	void marksTheOutboxRowsAsPublished() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.database.sql("SELECT COUNT(*) AS pending FROM outbox_event WHERE published_at IS NULL")
						.map((row) -> row.get("pending", Long.class))
						.one()
						.block(Duration.ofSeconds(5)))
				.isZero());
	}

	@Test
	void declaresTheChangeTopicCompacted() throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers);
		try (AdminClient admin = AdminClient.create(config)) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DIRECTORY_CHANGES);
			Config described = admin.describeConfigs(List.of(topic)).all().get().get(topic);
			assertThat(described.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
				.isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
		}
	}

	@Test
	void givesNoSampleServiceADialablePhone() {
		Long samplePhones = this.database
			.sql("SELECT COUNT(*) AS phones FROM phone p JOIN service s ON s.id = p.service_id "
					+ "JOIN organization o ON o.id = s.organization_id WHERE s.sample OR o.sample")
			.map((row) -> row.get("phones", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
		Long unflagged = this.database
			.sql("SELECT COUNT(*) AS unflagged FROM organization WHERE name LIKE 'Sample%' AND NOT sample")
			.map((row) -> row.get("unflagged", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
		Long sampleOrganizations = this.database
			.sql("SELECT COUNT(*) AS samples FROM organization WHERE sample AND name LIKE 'Sample%'")
			.map((row) -> row.get("samples", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
		assertThat(samplePhones).isZero();
		assertThat(unflagged).isZero();
		assertThat(sampleOrganizations).isEqualTo(16);
	}

	private Map<String, SenimEvent<?>> readDirectoryChanges(int expectedKeys) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "directory-test-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Map<String, SenimEvent<?>> latest = new ConcurrentHashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.DIRECTORY_CHANGES));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.value() == null) {
						// a tombstone: an admin test retired this service
						latest.remove(record.key());
					}
					else {
						latest.put(record.key(), this.codec.decode(record.value()));
					}
				}
				return latest.size() >= expectedKeys;
			});
		}
		return latest;
	}

}
