package org.senim.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-ups and tips reach the same report-service through breakers of their own: a
 * flood of failing receipt look-ups opens the follow-ups' breaker, never the tips'.
 */
@TestPropertySource(
		properties = { "senim.gateway.limits.followup-per-minute=1000", "senim.gateway.limits.tips-per-minute=1000" })
class GatewayFollowUpIsolationTests extends GatewayTestSupport {

	private static final int FLOOD = 40;

	@Test
	void keepsFilingTipsWhileAFloodOfFailingFollowUpsOpensItsBreaker() {
		services.followupsFail.set(true);
		try {
			for (int i = 0; i < FLOOD; i++) {
				followUp().expectStatus().isEqualTo(503);
				if (i % 5 == 4) {
					tip().expectStatus().isCreated();
				}
			}
		}
		finally {
			services.followupsFail.set(false);
		}

		// The follow-ups' breaker opened: later look-ups never reached the service.
		assertThat(services.count("POST", "/api/reports/followup")).isLessThan(FLOOD);
		assertThat(services.received.stream().filter((request) -> request.uri().equals("/api/reports")).count())
			.isEqualTo(FLOOD / 5);
	}

	private WebTestClient.ResponseSpec followUp() {
		return this.client.post()
			.uri("/api/reports/followup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"receipt\":\"0000111122223333\"}")
			.exchange();
	}

	private WebTestClient.ResponseSpec tip() {
		return this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"almaty\"}")
			.exchange();
	}

}
