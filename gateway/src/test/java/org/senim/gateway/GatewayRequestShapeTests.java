package org.senim.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.senim.contracts.ProblemTypes;
import org.senim.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of a shape the server itself refuses get problem bodies.
 */
class GatewayRequestShapeTests extends GatewayTestSupport {

	@LocalServerPort
	private int port;

	@Test
	void answersMalformedPercentEncodingWithProblem() {
		for (String path : new String[] { "/api/reports?status=%ZZ", "/api/referrals?status=%ZZ",
				"/report?lang=%E0%A" }) {
			RawHttp.Exchange exchange = RawHttp.send(this.port, "GET " + path + " HTTP/1.1");

			assertThat(exchange.status()).isEqualTo(400);
			assertThat(exchange.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(exchange.body()).contains("\"type\":\"" + ProblemTypes.MALFORMED_REQUEST + "\"")
				.contains("\"status\":400");
		}
		assertThat(services.received).isEmpty();
	}

	@Test
	void answersUnsupportedMethodOfAPageWithMethodNotAllowedProblem() {
		this.client.delete()
			.uri("/report")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED.toString());
	}

}
