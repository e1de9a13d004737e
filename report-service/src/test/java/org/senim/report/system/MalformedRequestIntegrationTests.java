package org.senim.report.system;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.report.IntegrationTestSupport;
import org.senim.testing.RawHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests of a shape the service refuses get a problem body, never a bare status. */
class MalformedRequestIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	@Test
	void answersMalformedPercentEncodingWithProblem() {
		RawHttp.Exchange exchange = RawHttp.send(this.port, "GET /api/reports?status=%ZZ HTTP/1.1");

		assertThat(exchange.status()).isEqualTo(400);
		assertThat(exchange.header("Content-Type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(exchange.body()).contains("\"type\":\"" + ProblemTypes.MALFORMED_REQUEST + "\"");
	}

	@Test
	void answersAnonymousDeleteOfReportsWithMethodNotAllowedProblem() {
		this.client.delete()
			.uri("/api/reports")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("POST"))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED.toString());
	}

}
