package org.senim.referral.offer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.referral.audit.AuditTrail;
import org.senim.referral.system.SecurityConfiguration;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.mockito.Mockito.verifyNoInteractions;

/**
 * An NGO worker's request while the issuer's signing keys cannot be read: 503, never a
 * 500.
 */
@WebFluxTest(controllers = ReferralController.class,
		properties = { "senim.security.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks",
				"senim.security.jwks-refresh-interval=12s" })
@Import(SecurityConfiguration.class)
class UnreachableSigningKeysTests {

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private ReferralRepository referrals;

	@MockitoBean
	private ReferralDecisions decisions;

	@MockitoBean
	private AuditTrail audit;

	@MockitoBean
	private Conversation conversation;

	@MockitoBean
	private TransactionalOperator transaction;

	@Test
	void answersUnavailableWhileTheIssuerKeysAreUnreachable() {
		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(UUID.randomUUID(), "almaty")))
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
		verifyNoInteractions(this.referrals);
	}

}
