package org.senim.directory;

import org.junit.jupiter.api.Test;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The public API on the real database, without the token issuer running. */
@AutoConfigureWebTestClient
class DirectoryApiIntegrationTests extends IntegrationTestBase {

	@Autowired
	private WebTestClient client;

	@Test
	void findsNationalHotlinesAndBothSampleServicesOfAlmaty() {
		this.client.get()
			.uri("/api/directory/hotlines?city={city}&lang=en", "Alma-Ata")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.city.slug")
			.isEqualTo("almaty")
			.jsonPath("$.national[0].dial")
			.isEqualTo("88000800015")
			.jsonPath("$.national[0].free")
			.isEqualTo(true)
			.jsonPath("$.national[1].dial")
			.isEqualTo("11616")
			.jsonPath("$.local.length()")
			.isEqualTo(2)
			.jsonPath("$.local[0].sample")
			.isEqualTo(true)
			.jsonPath("$.local[1].sample")
			.isEqualTo(true)
			.jsonPath("$.local[0].dial")
			.doesNotExist()
			.jsonPath("$.local[1].dial")
			.doesNotExist();
	}

	@Test
	void findsTheSampleShelterForMinorsAndForeignNationalsWithFreePlaces() {
		this.client.get()
			.uri("/api/directory/services?city={city}&minors=true&foreign=true&hasCapacity=true", "Almaty")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].service.id")
			.isEqualTo("0b000000-0000-4000-8000-000000000015")
			.jsonPath("$[0].capacityAvailable")
			.isEqualTo(4);
	}

	@Test
	void resolvesCitiesFromTheDatabase() {
		this.client.get()
			.uri("/api/directory/cities/resolve?q={q}", "Талдыкорган")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.slug")
			.isEqualTo("taldykorgan");
	}

	@Test
	void servesHealthWithoutAToken() {
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
	}

	@Test
	void answersUnavailableWhileTheIssuerKeysAreUnreachable() {
		this.client.get()
			.uri("/api/directory/admin/services")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "30")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unavailable");
	}

	@Test
	void rejectsTheAdminApiWithoutAToken() {
		this.client.get().uri("/api/directory/admin/services").exchange().expectStatus().isUnauthorized();
	}

}
