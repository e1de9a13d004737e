package org.senim.gateway;

import java.time.Duration;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTests extends GatewayTestSupport {

	private static final String MARKED_ADDRESS = "203.0.113.77";

	@Test
	void routesDirectoryReadsToDirectoryService() {
		this.client.get()
			.uri("/api/directory/cities")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].slug")
			.isEqualTo("almaty");
	}

	@Test
	void stripsEverythingIdentifyingFromTipsBeforeTheyReachReportService(CapturedOutput output) {
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", MARKED_ADDRESS)
			.header("X-Forwarded-Host", "tipster.example")
			.header("Forwarded", "for=" + MARKED_ADDRESS)
			.header("X-Real-IP", MARKED_ADDRESS)
			.header("True-Client-IP", MARKED_ADDRESS)
			.header("Cookie", "session=" + MARKED_ADDRESS)
			.header("User-Agent", "Mozilla/5.0 " + MARKED_ADDRESS)
			.header("Referer", "https://example.org/?ip=" + MARKED_ADDRESS)
			.header("Sec-CH-UA-Platform", "Android")
			.bodyValue("{\"city\":\"almaty\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectHeader()
			.exists("Permissions-Policy")
			.expectHeader()
			.doesNotExist("Set-Cookie");

		assertThat(services.received).hasSize(1);
		StubService.Received tip = services.received.get(0);
		assertThat(tip.body()).isEqualTo("{\"city\":\"almaty\"}");
		assertThat(tip.allHeaderText()).doesNotContain(MARKED_ADDRESS).doesNotContain("tipster.example");
		assertThat(tip.hasHeader("Cookie")).isFalse();
		assertThat(tip.headers()).containsEntry("User-Agent", java.util.List.of("senim-gateway"));
		assertThat(tip.hasHeader("Referer")).isFalse();
		assertThat(tip.hasHeader("Sec-CH-UA-Platform")).isFalse();
		assertThat(tip.hasHeader("X-Forwarded-For")).isFalse();
		assertThat(tip.hasHeader("Forwarded")).isFalse();
		assertThat(output.getAll()).doesNotContain(MARKED_ADDRESS);
	}

	@Test
	void neverRetriesTipSubmission() {
		services.tipStatus.set(500);

		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.is5xxServerError();

		assertThat(services.count("POST", "/api/reports")).isEqualTo(1);
	}

	@Test
	void neverServesTheServicesInternalPaths() {
		String reportId = UUID.randomUUID().toString();
		for (String path : new String[] { "/internal/reports/" + reportId + "/data-key",
				"/api/reports/../internal/reports/" + reportId + "/data-key" }) {
			this.client.get()
				.uri(path)
				.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("svc", "DATA_KEY_CUSTODIAN")))
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).isIn(400, 401, 403, 404));
		}

		assertThat(services.received).noneMatch((request) -> request.uri().contains("internal"));
	}

	@Test
	void answersHotlineLookupWithNationalHotlinesWhenDirectoryFails() {
		this.client.get()
			.uri("/api/directory/hotlines?city=almaty&lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Senim-Degraded", "directory-unavailable")
			.expectBody()
			.jsonPath("$.city")
			.isEmpty()
			.jsonPath("$.national[0].dial")
			.isEqualTo("88000800015")
			.jsonPath("$.national[0].free")
			.isEqualTo(true)
			.jsonPath("$.national[0].name")
			.isEqualTo("IOM hotline")
			.jsonPath("$.national[1].dial")
			.isEqualTo("11616")
			.jsonPath("$.degraded")
			.isEqualTo(true);

		// The lookup is an idempotent read, so the gateway retried it before falling
		// back.
		assertThat(services.count("GET", "/api/directory/hotlines")).isEqualTo(3);
	}

	@Test
	void routesTheNgoDataKeyApiToNgoWorkersOnly() {
		String path = "/api/referrals/" + UUID.randomUUID() + "/data-key";
		this.client.get().uri(path).exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("police-1", "POLICE_LIAISON")))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(services.count("GET", path)).isZero();

		this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(UUID.randomUUID(), "almaty")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody()
			.jsonPath("$.algorithm")
			.isEqualTo("AES-256-GCM");
		assertThat(services.count("GET", path)).isOne();
	}

	@Test
	void streamsReferralEventsAsTheyHappen() {
		var events = this.client.get()
			.uri("/api/referrals/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(UUID.randomUUID(), "almaty")))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();

		StepVerifier.create(events)
			.assertNext((event) -> assertThat(event.comment()).isEqualTo("heartbeat"))
			.assertNext((event) -> assertThat(event.event()).isEqualTo("referral.offered"))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

}
