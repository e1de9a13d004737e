package org.senim.report.datakey;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.report.IntegrationTestSupport;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class DataKeyIntegrationTests extends IntegrationTestSupport {

	private static final String CUSTODIAN = TestTokens.sign(TestTokens.builder("service-account-senim-referral-service")
		.claim("roles", java.util.List.of("DATA_KEY_CUSTODIAN"))
		.claim("azp", "senim-referral-service")
		.build());

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Test
	void makesADataKeyPerTipStoredOnlySealedUnderTheServiceKey() {
		UUID first = submitTip();
		UUID second = submitTip();

		byte[] firstKey = releasedKey(first);
		assertThat(firstKey).hasSize(32).isNotEqualTo(releasedKey(second));
		assertThat(releasedKey(first)).as("the same key every time").isEqualTo(firstKey);
		Map<String, Object> row = this.db.sql("SELECT key_id, ciphertext FROM report_data_key WHERE report_id = :id")
			.bind("id", first)
			.map((found) -> Map.<String, Object>of("key_id", found.get("key_id", String.class), "ciphertext",
					found.get("ciphertext", byte[].class)))
			.one()
			.block(Duration.ofSeconds(5));
		assertThat(row).containsEntry("key_id", "k1");
		assertThat(new String((byte[]) row.get("ciphertext"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(firstKey, java.nio.charset.StandardCharsets.ISO_8859_1));
	}

	@Test
	void refusesTheKeyWithoutAToken() {
		this.client.get()
			.uri("/internal/reports/{id}/data-key", submitTip())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesTheKeyToAPersonWhateverTheirRole() {
		UUID reportId = submitTip();

		for (String person : new String[] { TestTokens.ngoWorker(UUID.randomUUID(), "almaty"),
				TestTokens.withRoles("admin", "DIRECTORY_ADMIN", "HOTLINE_OPERATOR", "POLICE_LIAISON") }) {
			this.client.get()
				.uri("/internal/reports/{id}/data-key", reportId)
				.headers((headers) -> headers.setBearerAuth(person))
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://senim.org/problems/forbidden");
		}
	}

	@Test
	void answersNotFoundForAReportWithoutKey() {
		this.client.get()
			.uri("/internal/reports/{id}/data-key", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(CUSTODIAN))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Data key not found");
	}

	private byte[] releasedKey(UUID reportId) {
		Map<?, ?> released = this.client.get()
			.uri("/internal/reports/{id}/data-key", reportId)
			.headers((headers) -> headers.setBearerAuth(CUSTODIAN))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(released.get("keyId")).isEqualTo("report:" + reportId);
		assertThat(released.get("algorithm")).isEqualTo("AES-256-GCM");
		return Base64.getDecoder().decode((String) released.get("key"));
	}

	private UUID submitTip() {
		Map<?, ?> accepted = this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"city\":\"almaty\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"data key test\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) accepted.get("reportId"));
	}

}
