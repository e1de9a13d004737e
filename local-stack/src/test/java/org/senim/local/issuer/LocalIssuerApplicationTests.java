package org.senim.local.issuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = LocalIssuerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalIssuerApplicationTests {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("senim.issuer.data-dir", () -> dataDir.toString());
	}

	@Test
	void servesDiscoveryDocumentAndKeys() throws Exception {
		HttpResponse<String> discovery = get("/.well-known/openid-configuration");
		assertThat(discovery.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(discovery.body(), "$.issuer")).isEqualTo("http://localhost:9000");
		assertThat(JsonPath.<String>read(discovery.body(), "$.jwks_uri")).endsWith("/oauth2/jwks");
		HttpResponse<String> jwks = get("/oauth2/jwks");
		assertThat(jwks.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(jwks.body(), "$.keys[0].kty")).isEqualTo("RSA");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void issuesTokenWithSenimClaimsToTheCli() throws Exception {
		HttpResponse<String> response = postToken(cliSecret(), "user=ngo-almaty");
		assertThat(response.statusCode()).isEqualTo(200);
		String token = JsonPath.read(response.body(), "$.access_token");
		Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(token);
		assertThat(jwt.getSubject()).isEqualTo("ngo-almaty");
		assertThat(jwt.getIssuer()).hasToString("http://localhost:9000");
		assertThat(jwt.getAudience()).containsExactly("senim");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("NGO_WORKER");
		assertThat(jwt.getClaimAsString("org_id")).isEqualTo("0a000000-0000-4000-8000-000000000004");
		assertThat(jwt.getClaimAsString("city")).isEqualTo("almaty");
		assertThat(jwt.getExpiresAt()).isBetween(Instant.now().plusSeconds(14 * 60),
				Instant.now().plusSeconds(15 * 60));
		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
	}

	@Test
	void issuesTokenOfTheSampleNationalOrganizationToItsWorker() throws Exception {
		HttpResponse<String> response = postToken(cliSecret(), "user=ngo-national");
		assertThat(response.statusCode()).isEqualTo(200);
		String token = JsonPath.read(response.body(), "$.access_token");
		Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(token);
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("NGO_WORKER");
		// The referral-service authorizes NGO workers by org_id; the city names the tier.
		assertThat(jwt.getClaimAsString("org_id")).isEqualTo("0a000000-0000-4000-8000-000000000016");
		assertThat(jwt.getClaimAsString("city")).isEqualTo("national");
	}

	@Test
	void issuesTokenWithoutNgoClaimsToPolice() throws Exception {
		HttpResponse<String> response = postToken(cliSecret(), "user=police");
		String token = JsonPath.read(response.body(), "$.access_token");
		Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(token);
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("POLICE_LIAISON");
		assertThat(jwt.hasClaim("org_id")).isFalse();
		assertThat(jwt.hasClaim("city")).isFalse();
	}

	@Test
	void rejectsWrongCliSecret() throws Exception {
		HttpResponse<String> response = postToken("not-the-secret", "user=ngo-almaty");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("access_token");
	}

	@Test
	void rejectsUnknownDemoUser() throws Exception {
		HttpResponse<String> response = postToken(cliSecret(), "user=mallory");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("https://senim.org/problems/validation");
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("user");
	}

	@Test
	void keepsSecretsReadableByOwnerOnly() throws Exception {
		Set<PosixFilePermission> owner = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(Files.getPosixFilePermissions(dataDir.resolve("issuer/cli-secret"))).isEqualTo(owner);
		assertThat(Files.getPosixFilePermissions(dataDir.resolve("issuer/" + SigningKey.FILE_NAME))).isEqualTo(owner);
	}

	@Test
	void reusesThePersistedSigningKey() {
		assertThat(SigningKey.loadOrCreate(dataDir.resolve("issuer")).getKeyID())
			.isEqualTo(SigningKey.loadOrCreate(dataDir.resolve("issuer")).getKeyID());
	}

	@Test
	void sendsBrowsersToTheLoginPage() throws Exception {
		HttpResponse<String> authorize = this.http.send(HttpRequest
			.newBuilder(URI.create(url("/oauth2/authorize?response_type=code&client_id=senim-dashboard"
					+ "&redirect_uri=http://localhost:8080/ngo/callback&scope=openid"
					+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(authorize.statusCode()).isEqualTo(302);
		assertThat(authorize.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void sendsWorkersOfTheGatewayClientToTheLoginPage() throws Exception {
		HttpResponse<String> authorize = authorizeGateway("http://localhost:8080/ngo/callback");
		assertThat(authorize.statusCode()).isEqualTo(302);
		assertThat(authorize.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void authenticatesTheGatewayClientByItsSecret() throws Exception {
		// A made-up code: the secret is checked first, the code only after it.
		String form = "grant_type=authorization_code&code=made-up&redirect_uri=http://localhost:8080/ngo/callback";
		HttpResponse<String> wrongSecret = postTokenAs("senim-gateway:not-the-secret", form);
		assertThat(wrongSecret.statusCode()).isEqualTo(401);
		assertThat(JsonPath.<String>read(wrongSecret.body(), "$.error")).isEqualTo("invalid_client");
		HttpResponse<String> rightSecret = postTokenAs("senim-gateway:local-only-gateway-secret", form);
		assertThat(rightSecret.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(rightSecret.body(), "$.error")).isEqualTo("invalid_grant");
	}

	@Test
	void issuesTheReferralServiceATokenOfTheKeyChannelOnly() throws Exception {
		HttpResponse<String> wrongSecret = postTokenAs("senim-referral-service:not-the-secret",
				"grant_type=client_credentials");
		assertThat(wrongSecret.statusCode()).isEqualTo(401);

		HttpResponse<String> response = postTokenAs("senim-referral-service:local-only-referral-secret",
				"grant_type=client_credentials");

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks"))
			.build()
			.decode(JsonPath.read(response.body(), "$.access_token"));
		assertThat(jwt.getSubject()).isEqualTo("senim-referral-service");
		assertThat(jwt.getAudience()).containsExactly("senim");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("DATA_KEY_CUSTODIAN");
		assertThat(jwt.getClaims()).doesNotContainKeys("org_id", "city");
	}

	@Test
	void issuesNoClientCredentialsTokenToTheGateway() throws Exception {
		HttpResponse<String> response = postTokenAs("senim-gateway:local-only-gateway-secret",
				"grant_type=client_credentials");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.body(), "$.error")).isEqualTo("unauthorized_client");
	}

	private HttpResponse<String> authorizeGateway(String redirectUri) throws Exception {
		return this.http.send(HttpRequest
			.newBuilder(URI.create(url("/oauth2/authorize?response_type=code&client_id=senim-gateway" + "&redirect_uri="
					+ redirectUri + "&scope=openid&state=s"
					+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postTokenAs(String client, String form) throws Exception {
		String basic = Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String cliSecret() throws IOException {
		return Files.readString(dataDir.resolve("issuer/cli-secret"));
	}

	private HttpResponse<String> postToken(String secret, String form) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url("/local/token")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(LocalTokenController.SECRET_HEADER, secret)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
