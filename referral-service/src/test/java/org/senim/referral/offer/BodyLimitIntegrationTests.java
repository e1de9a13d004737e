package org.senim.referral.offer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.referral.IntegrationTestBase;
import org.senim.testing.TestTokens;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own body limit ({@code spring.http.codecs.max-in-memory-size}, 64 KiB),
 * on its own port.
 */
class BodyLimitIntegrationTests extends IntegrationTestBase {

	private static final int LIMIT = 64 * 1024;

	@Test
	void refusesBodyJustOverTheLimitWithPayloadTooLarge() {
		post(message(LIMIT + 1)).expectStatus()
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
		// read and validated: the text is too long for a message, but not too large to
		// read
		post(message(LIMIT - 1)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.VALIDATION.toString());
	}

	private WebTestClient.ResponseSpec post(String body) {
		return http().post()
			.uri("/api/referrals/{id}/messages", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** A message body of exactly {@code size} bytes. */
	private static String message(int size) {
		String empty = "{\"text\":\"\"}";
		String body = "{\"text\":\"" + "x".repeat(size - empty.length()) + "\"}";
		assertThat(body).hasSize(size);
		return body;
	}

}
