package org.senim.gateway;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limits behind a proxy: {@code X-Forwarded-For} is believed from the trusted
 * proxy (the IPv4 loopback here) and from no one else (the IPv6 loopback), even on a
 * platform where Spring Boot would turn Netty's forwarded-header handling on by itself.
 */
@TestPropertySource(properties = { "senim.gateway.limits.followup-per-minute=3",
		"senim.gateway.throttle.trusted-proxies=127.0.0.1/32", "spring.main.cloud-platform=kubernetes" })
class GatewayForwardedForTests extends GatewayTestSupport {

	@LocalServerPort
	private int port;

	@Test
	void limitsEachClientBehindTheTrustedProxyOnItsOwn() {
		WebTestClient proxy = proxy();
		String limited = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
		for (int i = 0; i < 3; i++) {
			followUp(proxy, limited).expectStatus().isNotFound();
		}
		followUp(proxy, limited).expectStatus().isEqualTo(429);

		followUp(proxy, "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250)).expectStatus().isNotFound();
	}

	@Test
	void ignoresWhatTheClientWroteLeftOfTheProxysEntry() {
		WebTestClient proxy = proxy();
		String client = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250);
		for (int i = 0; i < 3; i++) {
			followUp(proxy, "10.9.8." + i + ", " + client).expectStatus().isNotFound();
		}
		followUp(proxy, UUID.randomUUID() + ", 10.1.1.1, " + client).expectStatus().isEqualTo(429);
	}

	@Test
	void ignoresForwardedForFromAPeerThatIsNoTrustedProxy() {
		WebTestClient untrusted = WebTestClient.bindToServer().baseUrl("http://[::1]:" + this.port).build();
		for (int i = 0; i < 3; i++) {
			followUp(untrusted, "203.0.113." + i).expectStatus().isNotFound();
		}
		followUp(untrusted, "203.0.113.200").expectStatus().isEqualTo(429);
	}

	@Test
	void forwardsNoClientAddressToAnyService() {
		this.client.get()
			.uri("/api/directory/cities")
			.header("X-Forwarded-For", "203.0.113.9")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "for=203.0.113.9")
			.header("X-Real-IP", "203.0.113.9")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(services.received).singleElement()
			.satisfies((request) -> assertThat(request.allHeaderText()).doesNotContain("203.0.113.9")
				.doesNotContainIgnoringCase("forwarded")
				.doesNotContainIgnoringCase("x-real-ip"));
	}

	/** The trusted proxy: a client calling from the IPv4 loopback. */
	private WebTestClient proxy() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	private static WebTestClient.ResponseSpec followUp(WebTestClient client, String forwardedFor) {
		return client.post()
			.uri("/api/reports/followup")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", forwardedFor)
			.bodyValue("{\"receipt\":\"0000111122223333\"}")
			.exchange();
	}

}
