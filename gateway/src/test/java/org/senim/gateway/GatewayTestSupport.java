package org.senim.gateway;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.senim.testing.TestTokens;

/**
 * The gateway in front of one stub standing in for every service and for the issuer's
 * JWKS endpoint; test classes extending it share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
abstract class GatewayTestSupport {

	static final StubService services = new StubService();

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("senim.gateway.directory-uri", services::uri);
		registry.add("senim.gateway.report-uri", services::uri);
		registry.add("senim.gateway.referral-uri", services::uri);
		registry.add("senim.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("senim.security.jwk-set-uri", () -> services.uri() + "/oauth2/jwks");
	}

	@BeforeEach
	void resetServices() {
		services.received.clear();
		services.tipStatus.set(201);
		services.followupsFail.set(false);
	}

}
