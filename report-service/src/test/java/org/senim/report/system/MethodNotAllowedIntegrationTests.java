package org.senim.report.system;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.report.IntegrationTestSupport;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A method a resource does not support gets the platform's 405 problem. */
class MethodNotAllowedIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebTestClient client;

	@Test
	void answersUnsupportedMethodWithMethodNotAllowedProblem() {
		this.client.put()
			.uri("/api/reports")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("operator", "HOTLINE_OPERATOR")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("POST"))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED.toString())
			.jsonPath("$.title")
			.isEqualTo("Method not allowed")
			.jsonPath("$.status")
			.isEqualTo(405);
	}

}
