package org.senim.gateway;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class GatewaySecurityTests extends GatewayTestSupport {

	private static final UUID ORGANIZATION = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	@Test
	void letsNgoWorkerReachReferrals() {
		getReferrals(TestTokens.ngoWorker(ORGANIZATION, "almaty")).expectStatus().isOk();

		assertThat(services.count("GET", "/api/referrals")).isEqualTo(1);
		// The token travels on, so the service can check the caller per object.
		assertThat(services.received.get(0).headers()).containsKey("Authorization");
	}

	@Test
	void letsOnlyDirectoryAdminReachUnacceptedAlerts() {
		this.client.get()
			.uri("/api/referrals/alerts")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ORGANIZATION, "almaty")))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(services.count("GET", "/api/referrals/alerts")).isZero();

		this.client.get()
			.uri("/api/referrals/alerts")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(services.count("GET", "/api/referrals/alerts")).isEqualTo(1);
	}

	@Test
	void rejectsReferralRequestWithoutToken() {
		this.client.get()
			.uri("/api/referrals")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unauthorized");
		assertThat(services.received).isEmpty();
	}

	@Test
	void rejectsExpiredToken() {
		getReferrals(TestTokens.expired("ngo", "NGO_WORKER")).expectStatus().isUnauthorized();
	}

	@Test
	void rejectsTokenOfAnotherIssuer() {
		getReferrals(TestTokens.sign(
				TestTokens.builder("ngo").issuer("https://evil.example").claim("roles", List.of("NGO_WORKER")).build()))
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void rejectsTokenForAnotherAudience() {
		getReferrals(TestTokens
			.sign(TestTokens.builder("ngo").audience("another-app").claim("roles", List.of("NGO_WORKER")).build()))
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void rejectsForgedToken() {
		getReferrals(TestTokens.forged("ngo", "NGO_WORKER")).expectStatus().isUnauthorized();
	}

	@Test
	void forbidsReferralsToOtherRoles() {
		getReferrals(TestTokens.withRoles("police", "POLICE_LIAISON")).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/forbidden");
		assertThat(services.received).isEmpty();
	}

	@Test
	void letsOnlyPoliceLiaisonsReachEscalations() {
		this.client.get()
			.uri("/api/escalations")
			.headers((h) -> h.setBearerAuth(TestTokens.ngoWorker(ORGANIZATION, "almaty")))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/api/escalations")
			.headers((h) -> h.setBearerAuth(TestTokens.withRoles("police", "POLICE_LIAISON")))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void letsOnlyNgoWorkersReachTheirOwnServices() {
		this.client.get().uri("/api/directory/ngo/services").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/api/directory/ngo/services")
			.headers((h) -> h.setBearerAuth(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")))
			.exchange()
			.expectStatus()
			.isForbidden();
		// Past the edge, the stub (which has no such path) answers 404.
		this.client.get()
			.uri("/api/directory/ngo/services")
			.headers((h) -> h.setBearerAuth(TestTokens.ngoWorker(ORGANIZATION, "almaty")))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void keepsTipsOpenToAnyone() {
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void tellsTipFormThatNoProofOfWorkIsNeededByDefault() {
		this.client.get()
			.uri("/api/reports/challenge")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.required")
			.isEqualTo(false);
	}

	@Test
	void answersUnknownPathWithProblem() {
		this.client.get()
			.uri("/no/such/page")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void hidesMetricsFromTheOutside() {
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().is4xxClientError();
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void allowsConfiguredWebOriginOnly() {
		this.client.options()
			.uri("/api/reports")
			.header("Origin", "http://localhost:8080")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:8080");
		this.client.options()
			.uri("/api/reports")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private WebTestClient.ResponseSpec getReferrals(String token) {
		return this.client.get().uri("/api/referrals").headers((h) -> h.setBearerAuth(token)).exchange();
	}

}
