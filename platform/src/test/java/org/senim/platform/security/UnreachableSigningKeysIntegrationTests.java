package org.senim.platform.security;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** While the issuer's keys cannot be read, a token is not judged: 503, not 401 or 500. */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "senim.security.jwks-refresh-interval=7s")
@AutoConfigureWebTestClient
class UnreachableSigningKeysIntegrationTests {

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("senim.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("senim.security.jwk-set-uri", () -> "http://127.0.0.1:" + closedPort() + "/jwks");
		registry.add("senim.security.audience", () -> TestTokens.AUDIENCE);
	}

	@Test
	void answersUnavailableWithRetryAfter() {
		for (int i = 0; i < 2; i++) {
			this.client.get()
				.uri("/signed-in")
				.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("worker", "NGO_WORKER")))
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals("Retry-After", "7")
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://senim.org/problems/unavailable")
				.jsonPath("$.status")
				.isEqualTo(503);
		}
	}

	@Test
	void stillServesOpenPathsWithoutAToken() {
		this.client.get().uri("/open").exchange().expectStatus().isOk();
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
