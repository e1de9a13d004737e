package org.senim.gateway;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.senim.testing.TestTokens;

/**
 * What the tests of the staff consoles share: one gateway (one Spring context for all of
 * them) whose services and issuer are one stub, and a client that connects as a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ConsoleTests {

	/**
	 * The services and the issuer's token endpoint and keys; reset by each test class.
	 */
	static final PageBackendStub backend = new PageBackendStub();

	@LocalServerPort
	int port;

	WebTestClient client;

	@DynamicPropertySource
	static void backend(DynamicPropertyRegistry registry) {
		registry.add("senim.gateway.directory-uri", backend::uri);
		registry.add("senim.gateway.report-uri", backend::uri);
		registry.add("senim.gateway.referral-uri", backend::uri);
		registry.add("senim.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("senim.security.jwk-set-uri", () -> backend.uri() + "/oauth2/jwks");
		registry.add("senim.gateway.sign-in.issuer", () -> TestTokens.ISSUER);
		registry.add("senim.gateway.sign-in.authorization-uri", () -> "http://issuer.test/oauth2/authorize");
		registry.add("senim.gateway.sign-in.token-uri", () -> backend.uri() + "/oauth2/token");
		registry.add("senim.gateway.sign-in.jwk-set-uri", () -> backend.uri() + "/oauth2/jwks");
		registry.add("senim.gateway.sign-in.end-session-uri", () -> "http://issuer.test/connect/logout");
	}

	@BeforeEach
	void connectAsABrowser() {
		this.client = ConsoleSignIn.browser(this.port);
	}

}
