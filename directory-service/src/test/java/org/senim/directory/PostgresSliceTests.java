package org.senim.directory;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.senim.testing.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.r2dbc.test.autoconfigure.DataR2dbcTest;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the repository slices: a real PostgreSQL database of this test JVM, migrated by
 * Flyway with the production and the sample migrations.
 */
@DataR2dbcTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/sample")
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
public abstract class PostgresSliceTests {

	@Autowired
	private ConnectionFactory connectionFactory;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry, "directory-service");
	}

	@Test
	void connectsToPostgresql() {
		assertThat(this.connectionFactory.getMetadata().getName()).containsIgnoringCase("PostgreSQL");
	}

}
