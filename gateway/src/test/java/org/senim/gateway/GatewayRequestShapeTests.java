package org.senim.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.senim.contracts.ProblemTypes;
import org.senim.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of a shape the server itself refuses get problem bodies, and what Reactor
 * Netty logs of them names no client.
 */
@ExtendWith(OutputCaptureExtension.class)
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

	@Test
	void keepsClientAddressesOutOfReactorNettysLogLines(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("reactor.netty", LogLevel.DEBUG);
		try {
			// A header over server.max-http-request-header-size: Reactor Netty's decoder
			// fails and answers itself, logging the failure.
			RawHttp.Exchange exchange = RawHttp.send(this.port,
					"GET /api/directory/cities HTTP/1.1\r\nX-Padding: " + "a".repeat(20 * 1024));

			assertThat(exchange.status()).isEqualTo(431);
			assertThat(output.getAll()).contains("Decoding failed")
				.doesNotContain("R:/")
				.doesNotContain(":" + exchange.clientPort());
		}
		finally {
			logging.setLogLevel("reactor.netty", null);
		}
	}

}
