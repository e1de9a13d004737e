package org.senim.directory.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.directory.IntegrationTestBase;
import org.senim.testing.TestTokens;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own body limit ({@code spring.http.codecs.max-in-memory-size}, 256 KiB,
 * the size of an HSDS import), on its own port.
 */
class BodyLimitIntegrationTests extends IntegrationTestBase {

	private static final int LIMIT = 256 * 1024;

	@LocalServerPort
	private int port;

	@Test
	void refusesBodyJustOverTheLimitWithPayloadTooLarge() {
		put(organization(LIMIT + 1)).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.PAYLOAD_TOO_LARGE.toString())
			.jsonPath("$.title")
			.isEqualTo("Request too large")
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
	}

	@Test
	void readsBodyJustUnderTheLimit() {
		// read and validated: the name is too long for an organization, but not too large
		// to read
		put(organization(LIMIT - 1)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.VALIDATION.toString());
	}

	private WebTestClient.ResponseSpec put(String body) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.put()
			.uri("/api/directory/admin/organizations/{id}", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** An organization body of exactly {@code size} bytes. */
	private static String organization(int size) {
		String empty = "{\"source\":\"test\",\"name\":\"\"}";
		String body = "{\"source\":\"test\",\"name\":\"" + "x".repeat(size - empty.length()) + "\"}";
		assertThat(body).hasSize(size);
		return body;
	}

	/** Tokens of {@link TestTokens}, without the issuer running. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Tokens {

		@Bean
		ReactiveJwtDecoder testJwtDecoder() {
			return NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
		}

	}

}
