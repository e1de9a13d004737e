package org.senim.directory.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.hotline.HotlineCatalog;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.system.DirectoryProperties;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.r2dbc.test.autoconfigure.DataR2dbcTest;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local stack runs the same migrations and queries on H2 in PostgreSQL mode (the URL
 * settings of the {@code local} profile), in memory here.
 */
@DataR2dbcTest(properties = {
		"spring.r2dbc.url=r2dbc:h2:mem:///directory-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:directory-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
		"spring.flyway.user=sa", "spring.r2dbc.username=sa",
		"spring.flyway.locations=classpath:db/migration,classpath:db/sample" })
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import({ CityCatalog.class, HotlineCatalog.class, DirectoryChanges.class, Outbox.class, OutboxRepository.class,
		OutboxSignal.class, H2CompatibilityTests.Beans.class })
class H2CompatibilityTests {

	@Autowired
	private CityCatalog cities;

	@Autowired
	private DirectoryChanges changes;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private Outbox writer;

	@Autowired
	private ServiceRepository services;

	@Test
	void resolvesCitiesFromTheMigratedDatabase() {
		StepVerifier.create(this.cities.resolve("q", "Taldykhorghan").map(City::slug))
			.expectNext("taldykorgan")
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void writesTheSnapshotToTheOutbox() {
		StepVerifier.create(this.changes.publishSnapshot()).expectComplete().verify(Duration.ofSeconds(10));
		StepVerifier
			.create(this.database.sql("SELECT payload FROM outbox_event ORDER BY seq")
				.map((row) -> row.get("payload", byte[].class))
				.all()
				.map((payload) -> new CloudEventCodec().decode(payload))
				.map(SenimEvent::subject)
				.collectList())
			.assertNext((subjects) -> assertThat(subjects).hasSizeGreaterThanOrEqualTo(14 + 2 + 15)
				.contains("almaty", "0b000000-0000-4000-8000-000000000015"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void storesTombstonesAndModificationTimes() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		StepVerifier
			.create(this.services
				.touch(List.of(UUID
					.fromString("0b000000-0000-4000-8000-000000000015"),
						UUID.fromString("1b000000-0000-4000-8000-000000000001")), now)
				.flatMap((touched) -> this.writer.appendTombstone("directory.changes", "a-retired-service")
					.then(this.database.sql(
							"SELECT COUNT(*) AS n FROM outbox_event WHERE payload IS NULL AND event_type = 'tombstone'")
						.map((row) -> row.get("n", Long.class))
						.one())
					.map((tombstones) -> List.of(touched.longValue(), tombstones))))
			.expectNext(List.of(2L, 1L))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void leasesTheHeadOfTheQueueToOneRelayAndNeverPastABackingOffRow() {
		Instant now = Instant.now();
		StepVerifier
			.create(this.changes.publishSnapshot()
				.then(this.outbox.claim("relay-a", now, now.plusSeconds(60), 5))
				.flatMap((claimedByA) -> this.outbox.claim("relay-b", now, now.plusSeconds(60), 5)
					.map((claimedByB) -> List.of(claimedByA, claimedByB))))
			.expectNext(List.of(5L, 0L))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		StepVerifier
			.create(this.outbox.claimed("relay-a")
				.next()
				.flatMap((head) -> this.outbox.markFailed(head.id(), now.plusSeconds(60)))
				.then(this.outbox.release("relay-a"))
				.then(this.outbox.claim("relay-b", now, now.plusSeconds(60), 5)))
			.expectNext(0L)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DirectoryProperties.class)
	static class Beans {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		CloudEventCodec cloudEventCodec() {
			return new CloudEventCodec();
		}

	}

}
