package org.senim.report.system;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.report.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

class ApiDocsIntegrationTests extends IntegrationTestSupport {

	private static final String TIPS = "$.paths['/api/reports'].post";

	private static final String FOLLOW_UP = "$.paths['/api/reports/followup'].post";

	private static final String MESSAGES = "$.paths['/api/reports/followup/messages'].post";

	private static final String PROBLEM = "['application/problem+json'].examples";

	@Autowired
	private WebTestClient client;

	@Test
	void describesTheThreePublicEndpointsWithSummariesAndExamples() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/internal/reports/{reportId}/data-key']")
			.doesNotExist()
			.jsonPath(TIPS + ".summary")
			.isEqualTo("Submit an anonymous tip")
			.jsonPath(TIPS + ".requestBody.content['application/json'].schema['$ref']")
			.value(containsString("TipForm"))
			.jsonPath(TIPS + ".requestBody.content['application/json'].examples.tip.value.city")
			.isEqualTo("Алматы")
			.jsonPath(TIPS + ".requestBody.content['application/json'].examples.tip.value.exploitationTypes[0]")
			.isEqualTo("FORCED_LABOUR")
			.jsonPath(TIPS + ".responses['201'].content['application/json'].examples.accepted.value.status")
			.isEqualTo("RECEIVED")
			.jsonPath(TIPS + ".responses['400'].content" + PROBLEM + ".validation.value.type")
			.isEqualTo(ProblemTypes.VALIDATION.toString())
			.jsonPath(TIPS + ".responses['400'].content" + PROBLEM + "['unknown-city'].value.type")
			.isEqualTo(ProblemTypes.UNKNOWN_CITY.toString())
			.jsonPath(TIPS + ".responses['401'].content" + PROBLEM + ".unauthorized.value.type")
			.isEqualTo(ProblemTypes.UNAUTHORIZED.toString())
			.jsonPath(TIPS + ".responses['403'].content" + PROBLEM + ".forbidden.value.type")
			.isEqualTo(ProblemTypes.FORBIDDEN.toString())
			.jsonPath(TIPS + ".responses['413'].content" + PROBLEM + "['too-large'].value.type")
			.isEqualTo(ProblemTypes.PAYLOAD_TOO_LARGE.toString())
			.jsonPath(TIPS + ".responses['422'].content" + PROBLEM + "['idempotency-conflict'].value.type")
			.isEqualTo(ProblemTypes.CONFLICT.toString())
			.jsonPath(TIPS + ".responses['503'].content" + PROBLEM + ".unavailable.value.type")
			.isEqualTo(ProblemTypes.UNAVAILABLE.toString())
			.jsonPath(TIPS + ".parameters[?(@.name == 'Idempotency-Key')].in")
			.isEqualTo("header")
			.jsonPath(FOLLOW_UP + ".summary")
			.isEqualTo("Follow a tip up with its receipt")
			.jsonPath(FOLLOW_UP + ".requestBody.content['application/json'].examples.receipt.value.receipt")
			.isNotEmpty()
			.jsonPath(FOLLOW_UP
					+ ".responses['200'].content['application/json'].examples['follow-up'].value.history[2].status")
			.isEqualTo("ACCEPTED")
			.jsonPath(FOLLOW_UP
					+ ".responses['200'].content['application/json'].examples['follow-up'].value.messages[0].from")
			.isEqualTo("CASEWORKER")
			.jsonPath(FOLLOW_UP + ".responses['404'].content" + PROBLEM + "['unknown-receipt'].value.type")
			.isEqualTo(ProblemTypes.NOT_FOUND.toString())
			.jsonPath(MESSAGES + ".summary")
			.isEqualTo("Write to the case worker")
			.jsonPath(MESSAGES + ".requestBody.content['application/json'].examples.message.value.text")
			.isNotEmpty()
			.jsonPath(MESSAGES + ".responses['201'].content['application/json'].examples.posted.value.messageId")
			.isNotEmpty()
			.jsonPath(MESSAGES + ".responses['400'].content" + PROBLEM + ".validation.value.errors[0].field")
			.isEqualTo("description")
			.jsonPath("$.components.schemas.TipForm.required")
			.value(org.hamcrest.Matchers.hasItems("city", "exploitationTypes", "description"));
	}

}
