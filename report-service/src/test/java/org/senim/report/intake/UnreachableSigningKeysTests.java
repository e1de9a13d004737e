package org.senim.report.intake;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.report.system.SecurityConfiguration;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.mockito.Mockito.verifyNoInteractions;

/**
 * A hotline operator's tip while the issuer's signing keys cannot be read: the token is
 * not judged and the tip not filed, 503 with Retry-After, never a 500.
 */
@WebFluxTest(controllers = TipController.class,
		properties = { "senim.security.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks",
				"senim.security.jwks-refresh-interval=12s" })
@Import(SecurityConfiguration.class)
class UnreachableSigningKeysTests {

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private TipIntake intake;

	@Test
	void answersUnavailableWhileTheIssuerKeysAreUnreachable() {
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("operator", "HOTLINE_OPERATOR")))
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"by phone\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "12")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.UNAVAILABLE.toString());
		verifyNoInteractions(this.intake);
	}

}
