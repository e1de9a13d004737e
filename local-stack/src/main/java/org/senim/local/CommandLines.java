package org.senim.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line and environment of every component. Heap caps are stated so that the
 * six JVMs fit on a laptop.
 */
final class CommandLines {

	static final String ISSUER_URI = "http://localhost:9000";

	static final String KAFKA_BOOTSTRAP = "localhost:9092";

	static final String POSTGRES_HOST = "127.0.0.1:5432";

	private final StackLayout layout;

	private final boolean postgres;

	private final Map<String, String> secrets;

	private final String listenAddress;

	/**
	 * Creates the command lines.
	 * @param layout where things are
	 * @param postgres whether the services use PostgreSQL (their production-shaped
	 * profile)
	 * @param secrets the keys that profile needs ({@link ProductionSecrets}), empty
	 * without PostgreSQL
	 * @param listenAddress the address the issuer and the services listen on
	 * ({@link LaunchOptions#listenAddress()})
	 */
	CommandLines(StackLayout layout, boolean postgres, Map<String, String> secrets, String listenAddress) {
		this.layout = layout;
		this.postgres = postgres;
		this.secrets = Map.copyOf(secrets);
		this.listenAddress = listenAddress;
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	ComponentCommand commandFor(Component component) {
		return switch (component) {
			case KAFKA -> kafka();
			case ISSUER -> issuer();
			default -> service(component);
		};
	}

	private ComponentCommand kafka() {
		return new ComponentCommand(Component.KAFKA,
				List.of(java(), "-Xms128m", heap(Component.KAFKA), "-XX:+UseSerialGC",
						"-Dlogback.configurationFile=" + this.layout.kafkaLogging(), "-cp", this.layout.libClasspath(),
						"kafka.Kafka", this.layout.kafkaProperties().toString()),
				Map.of());
	}

	private ComponentCommand issuer() {
		return new ComponentCommand(Component.ISSUER,
				List.of(java(), heap(Component.ISSUER), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
						this.layout.launcherJar() + ":" + this.layout.libClasspath(),
						"org.senim.local.issuer.LocalIssuerApplication", serverAddress()),
				issuerEnvironment());
	}

	private Map<String, String> issuerEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SENIM_DATA_DIR", this.layout.dataDir().toString());
		environment.put("SENIM_ISSUER_URI", ISSUER_URI);
		if (this.postgres) {
			// the client secret the referral-service, without its local profile, is given
			// too
			ProductionSecrets.namesFor(Component.ISSUER)
				.stream()
				.filter(this.secrets::containsKey)
				.forEach((name) -> environment.put(name, this.secrets.get(name)));
		}
		return environment;
	}

	private ComponentCommand service(Component component) {
		List<String> command = new ArrayList<>(List.of(java(), heap(component), "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", this.layout.serviceJar(component).toString(), serverAddress()));
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SENIM_DATA_DIR", this.layout.dataDir().toString());
		environment.put("SENIM_KAFKA_BOOTSTRAP", KAFKA_BOOTSTRAP);
		environment.put("SENIM_ISSUER_URI", ISSUER_URI);
		String database = databaseName(component);
		if (this.postgres && database != null) {
			environment.put("SENIM_DB_URL", "r2dbc:postgresql://" + POSTGRES_HOST + "/" + database);
			environment.put("SENIM_DB_JDBC_URL", "jdbc:postgresql://" + POSTGRES_HOST + "/" + database);
			ProductionSecrets.namesFor(component)
				.stream()
				.filter(this.secrets::containsKey)
				.forEach((name) -> environment.put(name, this.secrets.get(name)));
			if (component == Component.DIRECTORY_SERVICE) {
				// The local profile adds the sample directory; without it, add the
				// samples
				// explicitly.
				environment.put("SPRING_FLYWAY_LOCATIONS", "classpath:db/migration,classpath:db/sample");
			}
		}
		else {
			// The gateway has no database: it keeps its local profile with PostgreSQL
			// too.
			command.add("--spring.profiles.active=local");
		}
		return new ComponentCommand(component, command, environment);
	}

	// Spring Boot binds to every interface unless told otherwise.
	private String serverAddress() {
		return "--server.address=" + this.listenAddress;
	}

	/** {@code senim_<service without -service>}, or {@code null} for the gateway. */
	static String databaseName(Component component) {
		if (!component.isService() || component == Component.GATEWAY) {
			return null;
		}
		return "senim_" + component.id().replace("-service", "");
	}

	private static String heap(Component component) {
		return "-Xmx" + component.maxHeapMegabytes() + "m";
	}

}
