package org.senim.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.senim.testing.TestTokens;

/** Every service behind the gateway is down: nothing listens on their ports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "senim.gateway.directory-uri=http://127.0.0.1:9", "senim.gateway.report-uri=http://127.0.0.1:9",
				"senim.gateway.referral-uri=http://127.0.0.1:9" })
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayDegradedTests {

	static final StubService issuer = new StubService();

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("senim.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("senim.security.jwk-set-uri", () -> issuer.uri() + "/oauth2/jwks");
	}

	@Autowired
	WebTestClient client;

	@Test
	void listsNationalHotlinesWhenDirectoryServiceIsDown() {
		this.client.get()
			.uri("/api/directory/hotlines?city=taraz&lang=kk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.national[*].dial")
			.value((dials) -> org.assertj.core.api.Assertions.assertThat(dials.toString())
				.contains("88000800015")
				.contains("11616"))
			.jsonPath("$.national[0].name")
			.isEqualTo("ХКҰ сенім телефоны")
			.jsonPath("$.local")
			.isEmpty();
	}

	@Test
	void answersStreamWithUnavailableProblemWhenReferralServiceIsDown() {
		this.client.get()
			.uri("/api/referrals/stream")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(UUID.randomUUID(), "almaty")))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersTipWithUnavailableProblemThatNamesTheHotlinesWhenReportServiceIsDown() {
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unavailable")
			.jsonPath("$.detail")
			.value((detail) -> org.assertj.core.api.Assertions.assertThat(detail.toString())
				.contains("nothing was saved")
				.contains("11616"));
	}

}
