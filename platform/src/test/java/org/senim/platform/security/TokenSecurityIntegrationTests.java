package org.senim.platform.security;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's resource server in a running service, against a real local JWKS
 * endpoint.
 */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class TokenSecurityIntegrationTests {

	private static final JwksServer JWKS = JwksServer.start();

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("senim.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("senim.security.jwk-set-uri", () -> JWKS.uri().toString());
		registry.add("senim.security.audience", () -> TestTokens.AUDIENCE);
	}

	@AfterAll
	static void stop() {
		JWKS.close();
	}

	@Test
	void grantsTheRolesOfTheRolesClaim() {
		get("/staff", TestTokens.withRoles("worker", "NGO_WORKER")).expectStatus().isOk();
	}

	@Test
	void refusesATokenWithoutExpiry() {
		expectUnauthorized(get("/signed-in", TestTokens.sign(TestTokens.builder("a").expirationTime(null).build())));
	}

	@Test
	void refusesATokenWithoutAudience() {
		expectUnauthorized(get("/signed-in", TestTokens.sign(TestTokens.builder("a").audience((String) null).build())));
	}

	@Test
	void refusesATokenForAnotherAudience() {
		expectUnauthorized(get("/signed-in", TestTokens.sign(TestTokens.builder("a").audience("other").build())));
	}

	@Test
	void refusesExpiredAndForgedTokens() {
		expectUnauthorized(get("/signed-in", TestTokens.expired("a", "NGO_WORKER")));
		expectUnauthorized(get("/signed-in", TestTokens.forged("a", "NGO_WORKER")));
	}

	@Test
	void refusesAnInvalidTokenEvenOnAnOpenPath() {
		expectUnauthorized(get("/open", TestTokens.expired("a")));
		this.client.get().uri("/open").exchange().expectStatus().isOk();
	}

	@Test
	void asksForATokenWithAProblem() {
		this.client.get()
			.uri("/signed-in")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unauthorized");
	}

	@Test
	void forbidsAnotherRoleWithAProblem() {
		get("/staff", TestTokens.withRoles("liaison", "POLICE_LIAISON")).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/forbidden")
			.jsonPath("$.instance")
			.isEqualTo("/staff");
	}

	@Test
	void authenticatesAServiceTokenWithoutRoles() {
		String clientCredentials = TestTokens
			.sign(TestTokens.builder("referral-service").claim("scope", "reports.read").build());

		get("/signed-in", clientCredentials).expectStatus().isOk();
		get("/staff", clientCredentials).expectStatus().isForbidden();
	}

	@Test
	void boundsTheKeyFetchesOfAFloodOfUnknownKeyIds() {
		get("/signed-in", TestTokens.withRoles("worker")).expectStatus().isOk();
		int before = JWKS.requests();

		for (int i = 0; i < 100; i++) {
			expectUnauthorized(get("/signed-in",
					TestTokens.sign(TestTokens.builder("prober").build(), UUID.randomUUID().toString())));
		}

		assertThat(JWKS.requests() - before).isLessThanOrEqualTo(1);
	}

	private WebTestClient.ResponseSpec get(String path, String token) {
		return this.client.get().uri(path).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	private static void expectUnauthorized(WebTestClient.ResponseSpec response) {
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401);
	}

}
