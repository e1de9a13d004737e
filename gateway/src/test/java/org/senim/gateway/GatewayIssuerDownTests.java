package org.senim.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.senim.testing.TestTokens;

/** The issuer's keys cannot be fetched: nothing listens where they are served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "senim.security.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks")
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayIssuerDownTests {

	@Autowired
	WebTestClient client;

	@Test
	void answersUnavailableWhenTheIssuerKeysCannotBeFetched() {
		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(UUID.randomUUID(), "almaty")))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
