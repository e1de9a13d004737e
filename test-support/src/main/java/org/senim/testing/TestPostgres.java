package org.senim.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL database for one service's tests, fresh once per test JVM and shared
 * by all its Spring contexts.
 *
 * <p>
 * Where Docker runs, the server is a Testcontainers PostgreSQL; elsewhere it is the
 * machine's server (127.0.0.1:5432, or
 * {@code SENIM_TEST_PG_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD}). If neither
 * can be reached the test fails: persistence tests never skip.
 */
public final class TestPostgres {

	private static final Map<String, PostgresDatabase> DATABASES = new ConcurrentHashMap<>();

	private static volatile PostgresServer server;

	private TestPostgres() {
	}

	/** Registers R2DBC and Flyway properties pointing at the service's test database. */
	public static void register(DynamicPropertyRegistry registry, String service) {
		PostgresDatabase database = database(service);
		registry.add("spring.r2dbc.url", database::r2dbcUrl);
		registry.add("spring.r2dbc.username", database::username);
		registry.add("spring.r2dbc.password", database::password);
		registry.add("spring.flyway.url", database::jdbcUrl);
		registry.add("spring.flyway.user", database::username);
		registry.add("spring.flyway.password", database::password);
	}

	/**
	 * The service's test database, dropped and created anew on first use in this JVM.
	 * {@code SENIM_TEST_DATABASE_SUFFIX} (letters, digits, underscores) keeps builds of
	 * two working copies on one server out of each other's databases.
	 */
	public static PostgresDatabase database(String service) {
		return DATABASES.computeIfAbsent(service,
				(name) -> create("senim_" + name.replace('-', '_') + "_test" + databaseSuffix()));
	}

	private static String databaseSuffix() {
		String suffix = System.getenv().getOrDefault("SENIM_TEST_DATABASE_SUFFIX", "");
		if (!suffix.matches("[A-Za-z0-9_]*")) {
			throw new IllegalStateException("SENIM_TEST_DATABASE_SUFFIX may hold only letters, digits and underscores");
		}
		return suffix.toLowerCase(Locale.ROOT);
	}

	private static PostgresDatabase create(String name) {
		PostgresServer pg = server();
		try (Connection connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), pg.password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + pg.host() + ":" + pg.port()
					+ " is required by this test and could not be reached or prepared", ex);
		}
		return new PostgresDatabase(pg.host(), pg.port(), name, pg.username(), pg.password());
	}

	private static PostgresServer server() {
		if (server == null) {
			synchronized (TestPostgres.class) {
				if (server == null) {
					server = startServer();
				}
			}
		}
		return server;
	}

	private static PostgresServer startServer() {
		String host = System.getenv("SENIM_TEST_PG_HOST");
		if (host == null && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new PostgresServer(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
					container.getPassword());
		}
		return new PostgresServer((host != null) ? host : "127.0.0.1",
				Integer.parseInt(env("SENIM_TEST_PG_PORT", "5432")), env("SENIM_TEST_PG_USER", "postgres"),
				env("SENIM_TEST_PG_PASSWORD", ""));
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	private record PostgresServer(String host, int port, String username, String password) {

		String jdbcUrl(String database) {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
		}

	}

}
