package org.senim.system;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.senim.contracts.Topics;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production compose files read as an operator's checklist (docs/security.md,
 * Deployment): Keycloak in production mode on its own database with a realm without
 * users, the demo users only through the demo override, every secret required, nothing
 * published beyond loopback, Kafka over TLS with a SCRAM user and ACLs per service.
 */
class ProductionDeploymentTests {

	private static final Path ROOT = Path.of(System.getProperty("senim.root", "..")).toAbsolutePath().normalize();

	private static final List<String> KAFKA_SERVICES = List.of("directory-service", "report-service",
			"referral-service");

	// ${NAME:?message}: compose refuses to start without the variable.
	private static final Pattern REQUIRED = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]+}");

	private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY|PEPPER)$");

	private final Map<String, Object> compose = yaml("docker-compose.yml");

	@Test
	void startsKeycloakInProductionModeOnItsOwnDatabase() {
		Map<String, Object> keycloak = service("keycloak");
		assertThat(list(keycloak, "command")).contains("start").doesNotContain("start-dev");
		Map<String, Object> env = environment("keycloak");
		assertThat(env).containsEntry("KC_DB", "postgres")
			.containsEntry("KC_DB_URL", "jdbc:postgresql://keycloak-db:5432/keycloak")
			.containsEntry("KC_PROXY_HEADERS", "xforwarded")
			.containsEntry("KC_HTTP_ENABLED", "true")
			.containsEntry("KC_HEALTH_ENABLED", "true");
		assertThat(String.valueOf(env.get("KC_HOSTNAME"))).matches(REQUIRED);
		assertThat(environment("keycloak-db")).containsEntry("POSTGRES_DB", "keycloak");
	}

	@Test
	void requiresEverySecretWithoutADefault() {
		List<String> checked = new ArrayList<>();
		for (String name : services().keySet()) {
			Map<?, ?> environment = (Map<?, ?>) service(name).getOrDefault("environment", Map.of());
			environment.forEach((variable, value) -> {
				if (SECRET_NAME.matcher(variable.toString()).matches()) {
					assertThat(String.valueOf(value)).as(name + " " + variable).matches(REQUIRED);
					checked.add(variable.toString());
				}
			});
		}
		assertThat(checked).contains("KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_DB_PASSWORD", "POSTGRES_PASSWORD",
				"SENIM_DB_PASSWORD", "SENIM_REPORT_KEY", "SENIM_RECEIPT_PEPPER", "SENIM_REFERRAL_KEY",
				"SENIM_GATEWAY_CLIENT_SECRET", "SENIM_THROTTLE_SECRET", "SENIM_KAFKA_PASSWORD");
		assertThat(String.valueOf(environment("keycloak").get("KC_BOOTSTRAP_ADMIN_USERNAME"))).matches(REQUIRED);
	}

	@Test
	void publishesNothingBeyondThisHostsLoopback() {
		Map<String, List<String>> published = new HashMap<>();
		services().forEach((name, definition) -> {
			if (((Map<?, ?>) definition).containsKey("ports")) {
				published.put(name, list(service(name), "ports"));
			}
		});
		assertThat(published).containsOnlyKeys("gateway", "keycloak");
		assertThat(published.values())
			.allSatisfy((ports) -> assertThat(ports).allMatch((port) -> port.startsWith("127.0.0.1:")));
		// Keycloak's management port (health, metrics) is never published.
		assertThat(published.get("keycloak")).containsExactly("127.0.0.1:8180:8080");
		assertThat(String.valueOf(environment("keycloak").get("KC_HOSTNAME_ADMIN"))).startsWith("http://127.0.0.1:");
	}

	@Test
	@SuppressWarnings("unchecked")
	void importsAProductionRealmWithRolesAndClientsButNoPeople() {
		assertThat(list(service("keycloak"), "volumes"))
			.contains("./deploy/keycloak/senim-realm.json:/opt/keycloak/data/import/senim-realm.json:ro");
		Map<String, Object> realm = yaml("deploy/keycloak/senim-realm.json");
		assertThat(realm).containsEntry("realm", "senim");
		// Its only user is the referral-service's service account: the role of its client
		// credentials is mapped to it. It has no password and cannot sign in.
		assertThat((List<?>) realm.get("users")).singleElement()
			.satisfies((user) -> assertThat((Map<String, Object>) user)
				.containsEntry("serviceAccountClientId", "senim-referral-service")
				.doesNotContainKey("credentials"));
		assertThat(realm.toString()).contains("NGO_WORKER", "POLICE_LIAISON", "DIRECTORY_ADMIN", "HOTLINE_OPERATOR",
				"DATA_KEY_CUSTODIAN", "senim-dashboard", "senim-gateway", "${SENIM_GATEWAY_CLIENT_SECRET}",
				"senim-referral-service", "${SENIM_REFERRAL_CLIENT_SECRET}", "oidc-audience-mapper");
	}

	@Test
	@SuppressWarnings("unchecked")
	void addsTheDemoUsersOnlyThroughTheDemoOverride() {
		String demoRealm = "./deploy/keycloak/demo/senim-realm.json:/opt/keycloak/data/import/senim-realm.json:ro";
		assertThat(list(service("keycloak"), "volumes")).doesNotContain(demoRealm);
		Map<String, Object> override = yaml("docker-compose.demo.yml");
		assertThat(list(map(map(override, "services"), "keycloak"), "volumes")).containsExactly(demoRealm);

		Map<String, Object> demo = new HashMap<>(yaml("deploy/keycloak/demo/senim-realm.json"));
		List<?> users = (List<?>) demo.remove("users");
		assertThat(users.stream().map((user) -> String.valueOf(((Map<?, ?>) user).get("username"))))
			.containsExactlyInAnyOrder("ngo-almaty", "ngo-shymkent", "ngo-national", "police", "admin", "operator",
					"service-account-senim-referral-service");
		// The demo realm is the production realm and its demo users, nothing else.
		Map<String, Object> production = new HashMap<>(yaml("deploy/keycloak/senim-realm.json"));
		assertThat((List<Object>) users).containsAll((List<Object>) production.remove("users"));
		assertThat(demo).isEqualTo(production);
	}

	@Test
	void runsKafkaOverTlsWithAuthorizationAndNoPlaintextListener() throws Exception {
		for (String node : List.of("kafka-1", "kafka-2", "kafka-3")) {
			assertThat(list(service(node), "entrypoint")).containsExactly("bash", "/opt/senim/broker.sh", "start");
			assertThat(list(service(node), "volumes")).contains("./deploy/kafka/broker.sh:/opt/senim/broker.sh:ro");
			Properties broker = brokerProperties(environment(node));
			assertThat(broker)
				.containsEntry("listener.security.protocol.map", "CLIENT:SASL_SSL,CONTROLLER:SSL,BROKER:SSL")
				.containsEntry("advertised.listeners", "CLIENT://" + node + ":9092,BROKER://" + node + ":9094")
				.containsEntry("inter.broker.listener.name", "BROKER")
				.containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
				.containsEntry("allow.everyone.if.no.acl.found", "false")
				.containsEntry("super.users", "User:kafka-broker;User:kafka-admin")
				.containsEntry("ssl.client.auth", "required")
				.containsEntry("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512")
				.containsEntry("ssl.principal.mapping.rules", "RULE:^CN=([^,]+).*$/$1/,DEFAULT")
				.containsEntry("min.insync.replicas", "2")
				.containsEntry("default.replication.factor", "3");
			assertThat(broker.getProperty("listeners")).doesNotContain("PLAINTEXT");
			// The stores' passwords are read from their files at start, never printed.
			assertThat(broker).doesNotContainKeys("ssl.keystore.password", "ssl.truststore.password");
		}
		assertThat(list(service("kafka-init"), "entrypoint")).contains("/opt/senim/init-acls.sh");
	}

	/** What deploy/kafka/broker.sh writes for a node, given its compose environment. */
	private static Properties brokerProperties(Map<String, Object> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/kafka/broker.sh").toString(), "config")
			.redirectErrorStream(true);
		environment.forEach((name, value) -> builder.environment().put(name, String.valueOf(value)));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		Properties properties = new Properties();
		properties.load(new StringReader(output));
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "directory-service", "report-service", "referral-service" })
	void connectsEachServiceToKafkaAsItsOwnUserAfterTheAclsExist(String name) {
		Map<String, Object> env = environment(name);
		assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "production")
			.containsEntry("SENIM_KAFKA_USERNAME", name)
			.containsEntry("SENIM_KAFKA_TRUSTSTORE", "/etc/senim/kafka-ca.pem");
		assertThat(String.valueOf(env.get("SENIM_KAFKA_PASSWORD"))).matches(REQUIRED);
		assertThat(map(map(service(name), "depends_on"), "kafka-init")).containsEntry("condition",
				"service_completed_successfully");
		assertThat(KAFKA_SERVICES.stream().filter((other) -> !other.equals(name)))
			.allSatisfy((other) -> assertThat(environment(other).get("SENIM_KAFKA_PASSWORD"))
				.isNotEqualTo(env.get("SENIM_KAFKA_PASSWORD")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "directory-service", "report-service", "referral-service" })
	void speaksSaslSslInTheServicesProductionProfile(String name) throws IOException {
		String production = profileDocument(name, "production");
		assertThat(production).contains("protocol: SASL_SSL", "sasl.mechanism: SCRAM-SHA-512",
				"username=\"${SENIM_KAFKA_USERNAME}\" password=\"${SENIM_KAFKA_PASSWORD}\"",
				"trust-store-location: file:${SENIM_KAFKA_TRUSTSTORE}");
	}

	@Test
	void grantsEachServiceOnlyTheTopicsItProducesAndConsumes() throws IOException {
		String acls = Files.readString(ROOT.resolve("deploy/kafka/init-acls.sh"));
		assertThat(acls).contains("writes directory-service literal " + Topics.DIRECTORY_CHANGES + "\n",
				"writes report-service literal " + Topics.REPORTS_SUBMITTED + "\n",
				"writes report-service literal " + Topics.REPORTS_MESSAGES + "\n",
				"reads report-service literal " + Topics.REFERRALS_STATUS + "\n",
				"reads report-service literal " + Topics.DIRECTORY_CHANGES + "\n",
				"reads referral-service literal " + Topics.REPORTS_SUBMITTED + "\n",
				"reads referral-service literal " + Topics.REPORTS_MESSAGES + "\n",
				"reads referral-service literal " + Topics.DIRECTORY_CHANGES + "\n",
				"writes referral-service prefixed " + Topics.REFERRALS_PREFIX + "\n",
				"writes referral-service literal " + Topics.ESCALATIONS_POLICE + "\n",
				// An NGO system of a city reads that city's topic, nothing else.
				"reads \"ngo-$city\" literal \"" + Topics.REFERRALS_PREFIX + "$city\"\n");
		assertThat(acls.lines().filter((line) -> line.strip().startsWith("writes directory-service"))).hasSize(1);
		assertThat(acls.lines().filter((line) -> line.contains("\"ngo-$city\"") && !line.contains("user ")))
			.allMatch((line) -> line.contains("literal \"referrals.$city\"") || line.contains("groups "));
		assertThat(acls).doesNotContain("--topic '*'", "--topic \"*\"", "--cluster");
	}

	private String profileDocument(String service, String profile) throws IOException {
		String yaml = Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.yml"));
		return List.of(yaml.split("\n---\n"))
			.stream()
			.filter((document) -> document.contains("on-profile: " + profile))
			.findFirst()
			.orElseThrow(() -> new AssertionError(service + " has no " + profile + " profile"));
	}

	private Map<String, Object> services() {
		return map(this.compose, "services");
	}

	private Map<String, Object> service(String name) {
		return map(services(), name);
	}

	private Map<String, Object> environment(String name) {
		return map(service(name), "environment");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		assertThat(parent).as("has " + key).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

	private static List<String> list(Map<String, Object> parent, String key) {
		assertThat(parent).as("has " + key).containsKey(key);
		return ((List<?>) parent.get(key)).stream().map(String::valueOf).toList();
	}

	private static Map<String, Object> yaml(String file) {
		try {
			return new Yaml().load(Files.readString(ROOT.resolve(file)));
		}
		catch (IOException ex) {
			throw new AssertionError("Cannot read " + file, ex);
		}
	}

}
