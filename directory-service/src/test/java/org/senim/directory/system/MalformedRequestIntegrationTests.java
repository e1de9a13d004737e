package org.senim.directory.system;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.directory.IntegrationTestBase;
import org.senim.testing.RawHttp;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** A request whose address is no URI gets the platform's problem, never a bare 400. */
class MalformedRequestIntegrationTests extends IntegrationTestBase {

	@LocalServerPort
	private int port;

	@Test
	void answersMalformedPercentEncodingWithProblem() {
		RawHttp.Exchange exchange = RawHttp.send(this.port, "GET /api/directory/cities?q=%ZZ HTTP/1.1");

		assertThat(exchange.status()).isEqualTo(400);
		assertThat(exchange.header("Content-Type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(exchange.body()).contains("\"type\":\"" + ProblemTypes.MALFORMED_REQUEST + "\"");
	}

}
