package org.senim.referral;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.provider.Arguments;
import org.senim.platform.crypto.CryptoProperties;
import org.senim.testing.PostgresDatabase;
import org.senim.testing.TestPostgres;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Both databases the service runs on, migrated: the test PostgreSQL and an in-memory H2
 * in the PostgreSQL mode of the {@code local} profile. For repository tests that must
 * hold on both.
 */
public final class TestDatabases {

	/** A 32-byte AES key, base64; for tests only. */
	public static final String TEST_KEY = "dGVzdC1vbmx5LXNlbmltLXJlZmVycmFsLWtleS0zMmI=";

	private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	private TestDatabases() {
	}

	/** Crypto settings with a key made for tests. */
	public static CryptoProperties crypto() {
		return new CryptoProperties("test", Map.of("test", TEST_KEY), 1, 100);
	}

	/** Arguments of a parameterized test: the database name and a client of it. */
	public static Stream<Arguments> both() {
		return Stream.of(Arguments.of("PostgreSQL", postgres()), Arguments.of("H2", h2()));
	}

	/**
	 * A database of its own, not the one of the integration tests: rows these tests leave
	 * in the (globally ordered) outbox would hold up the running service's relay.
	 */
	public static DatabaseClient postgres() {
		PostgresDatabase database = TestPostgres.database("referral-repositories");
		migrate(database.jdbcUrl(), database.username(), database.password());
		return client(database);
	}

	private static DatabaseClient client(PostgresDatabase database) {
		String url = "r2dbc:postgresql://" + database.username() + ":" + database.password() + "@" + database.host()
				+ ":" + database.port() + "/" + database.database();
		return DatabaseClient.create(ConnectionFactories.get(url));
	}

	public static DatabaseClient h2() {
		String name = "referral-" + UUID.randomUUID();
		migrate("jdbc:h2:mem:" + name + H2_MODE, "sa", "");
		return h2Client(name);
	}

	private static DatabaseClient h2Client(String name) {
		ConnectionFactoryOptions options = ConnectionFactoryOptions.parse("r2dbc:h2:mem:///" + name + H2_MODE)
			.mutate()
			.option(ConnectionFactoryOptions.USER, "sa")
			.option(ConnectionFactoryOptions.PASSWORD, "")
			.build();
		return DatabaseClient.create(ConnectionFactories.get(options));
	}

	/**
	 * Arguments of a migration test: the database name, a client of a database of its own
	 * migrated up to {@code version} only, and what migrates it the rest of the way.
	 */
	public static Stream<Arguments> bothUpTo(String version) {
		PostgresDatabase database = TestPostgres.database("referral-migrations");
		Flyway postgres = flyway(database.jdbcUrl(), database.username(), database.password(), version);
		postgres.migrate();
		String name = "referral-" + UUID.randomUUID();
		Flyway h2 = flyway("jdbc:h2:mem:" + name + H2_MODE, "sa", "", version);
		h2.migrate();
		return Stream.of(Arguments.of("PostgreSQL", client(database), rest(postgres)),
				Arguments.of("H2", h2Client(name), rest(h2)));
	}

	private static Runnable rest(Flyway upTo) {
		return () -> Flyway.configure().configuration(upTo.getConfiguration()).target("latest").load().migrate();
	}

	private static Flyway flyway(String jdbcUrl, String user, String password, String target) {
		return Flyway.configure()
			.dataSource(jdbcUrl, user, password)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

	private static void migrate(String jdbcUrl, String user, String password) {
		flyway(jdbcUrl, user, password, "latest").migrate();
	}

}
