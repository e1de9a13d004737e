package org.senim.directory;

import org.senim.testing.TestPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real PostgreSQL and the embedded KRaft broker of this test JVM,
 * with the sample directory loaded; one shared context for every integration test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"spring.flyway.locations=classpath:db/migration,classpath:db/sample",
				"senim.outbox.poll-interval=500ms" })
public abstract class IntegrationTestBase {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry, "directory-service");
	}

}
