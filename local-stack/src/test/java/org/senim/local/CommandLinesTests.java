package org.senim.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLinesTests {

	private static final Map<String, String> SECRETS = Map.of("SENIM_REPORT_KEY", "rk", "SENIM_RECEIPT_PEPPER", "pp",
			"SENIM_REFERRAL_KEY", "fk", "SENIM_REFERRAL_CLIENT_SECRET", "cs");

	private final StackLayout layout = new StackLayout(Path.of("/repo"), Path.of("/data"));

	@Test
	void runsServicesFromTheirJarsWithLocalProfile() {
		ComponentCommand command = new CommandLines(this.layout, false, Map.of(), LaunchOptions.LOOPBACK)
			.commandFor(Component.REPORT_SERVICE);
		assertThat(command.command()).containsSubsequence("-Xmx384m", "-jar",
				"/repo/report-service/target/report-service.jar", "--spring.profiles.active=local");
		assertThat(command.environment()).containsEntry("SENIM_DATA_DIR", "/data")
			.containsEntry("SENIM_KAFKA_BOOTSTRAP", "localhost:9092")
			.containsEntry("SENIM_ISSUER_URI", "http://localhost:9000")
			.doesNotContainKey("SENIM_DB_URL");
	}

	@Test
	void pointsServicesAtTheirOwnPostgresDatabase() {
		ComponentCommand command = new CommandLines(this.layout, true, SECRETS, LaunchOptions.LOOPBACK)
			.commandFor(Component.REFERRAL_SERVICE);
		assertThat(command.command()).doesNotContain("--spring.profiles.active=local");
		assertThat(command.environment())
			.containsEntry("SENIM_DB_URL", "r2dbc:postgresql://127.0.0.1:5432/senim_referral")
			.containsEntry("SENIM_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/senim_referral");
	}

	@Test
	void givesEachServiceOnlyItsOwnKeysWithPostgres() {
		CommandLines commandLines = new CommandLines(this.layout, true, SECRETS, LaunchOptions.LOOPBACK);
		assertThat(commandLines.commandFor(Component.REPORT_SERVICE).environment())
			.containsEntry("SENIM_REPORT_KEY", "rk")
			.containsEntry("SENIM_RECEIPT_PEPPER", "pp")
			.doesNotContainKey("SENIM_REFERRAL_KEY");
		assertThat(commandLines.commandFor(Component.REFERRAL_SERVICE).environment())
			.containsEntry("SENIM_REFERRAL_KEY", "fk")
			.doesNotContainKey("SENIM_REPORT_KEY");
		assertThat(commandLines.commandFor(Component.GATEWAY).environment()).doesNotContainKeys("SENIM_REPORT_KEY",
				"SENIM_REFERRAL_KEY");
	}

	@Test
	void givesTheReferralServiceAndTheIssuerTheSameClientSecretWithPostgres() {
		CommandLines commandLines = new CommandLines(this.layout, true, SECRETS, LaunchOptions.LOOPBACK);

		assertThat(commandLines.commandFor(Component.REFERRAL_SERVICE).environment())
			.containsEntry("SENIM_REFERRAL_CLIENT_SECRET", "cs");
		assertThat(commandLines.commandFor(Component.ISSUER).environment())
			.containsEntry("SENIM_REFERRAL_CLIENT_SECRET", "cs")
			.doesNotContainKeys("SENIM_REPORT_KEY", "SENIM_REFERRAL_KEY");
		assertThat(commandLines.commandFor(Component.REPORT_SERVICE).environment())
			.doesNotContainKey("SENIM_REFERRAL_CLIENT_SECRET");
	}

	@Test
	void addsSampleDirectoryToPostgresDirectory() {
		ComponentCommand command = new CommandLines(this.layout, true, SECRETS, LaunchOptions.LOOPBACK)
			.commandFor(Component.DIRECTORY_SERVICE);
		assertThat(command.environment()).containsEntry("SPRING_FLYWAY_LOCATIONS",
				"classpath:db/migration,classpath:db/sample");
		assertThat(CommandLines.databaseName(Component.DIRECTORY_SERVICE)).isEqualTo("senim_directory");
		assertThat(CommandLines.databaseName(Component.GATEWAY)).isNull();
	}

	@Test
	void keepsGatewayOnLocalProfileWithPostgres() {
		ComponentCommand command = new CommandLines(this.layout, true, SECRETS, LaunchOptions.LOOPBACK)
			.commandFor(Component.GATEWAY);
		assertThat(command.command()).contains("--spring.profiles.active=local");
		assertThat(command.environment()).doesNotContainKey("SENIM_DB_URL");
	}

	@Test
	void runsKafkaAndIssuerFromTheLauncherClasspath() {
		CommandLines commandLines = new CommandLines(this.layout, false, Map.of(), LaunchOptions.LOOPBACK);
		assertThat(commandLines.commandFor(Component.KAFKA).command()).containsSubsequence("-Xmx512m", "-cp",
				"/repo/local-stack/target/lib/*", "kafka.Kafka", "/data/kafka/server.properties");
		ComponentCommand issuer = commandLines.commandFor(Component.ISSUER);
		assertThat(issuer.command()).containsSubsequence("-cp",
				"/repo/local-stack/target/local-stack.jar:/repo/local-stack/target/lib/*",
				"org.senim.local.issuer.LocalIssuerApplication");
		assertThat(issuer.environment()).containsEntry("SENIM_DATA_DIR", "/data");
	}

	@Test
	void bindsTheIssuerAndEveryServiceToLoopbackByDefault() {
		for (boolean postgres : new boolean[] { false, true }) {
			CommandLines commandLines = new CommandLines(this.layout, postgres, SECRETS, LaunchOptions.LOOPBACK);
			for (Component component : Component.values()) {
				if (component != Component.KAFKA) {
					assertThat(commandLines.commandFor(component).command()).as(component.id())
						.contains("--server.address=127.0.0.1")
						.noneMatch((argument) -> argument.startsWith("--server.address=0"));
				}
			}
		}
	}

	@Test
	void bindsToEveryInterfaceOnlyWhenAsked() {
		CommandLines commandLines = new CommandLines(this.layout, false, Map.of(), LaunchOptions.EVERY_INTERFACE);
		assertThat(commandLines.commandFor(Component.GATEWAY).command()).contains("--server.address=0.0.0.0")
			.doesNotContain("--server.address=127.0.0.1");
		assertThat(commandLines.commandFor(Component.ISSUER).command()).contains("--server.address=0.0.0.0");
	}

	@Test
	void storesCommandForALaterStart(@TempDir Path run) throws Exception {
		ComponentCommand command = new CommandLines(this.layout, true, SECRETS, LaunchOptions.LOOPBACK)
			.commandFor(Component.DIRECTORY_SERVICE);
		Path file = run.resolve("directory-service.command");
		command.store(file);
		assertThat(Files.readString(file)).contains("directory-service");
		assertThat(ComponentCommand.load(file)).isEqualTo(command);
	}

}
