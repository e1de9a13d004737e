package org.senim.directory.city;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.directory.system.WebSliceConfiguration;
import org.senim.contracts.ProblemTypes;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebFluxTest(CityController.class)
@Import({ WebSliceConfiguration.class, CityCatalog.class })
class CityControllerTests {

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private CityRepository cities;

	@MockitoBean
	private CityAliasRepository aliases;

	@BeforeEach
	void seedCities() {
		List<KnownCity> seed = SeedCities.all();
		given(this.cities.findAll(any(Sort.class))).willReturn(Flux.fromIterable(seed)
			.map(KnownCity::city)
			.map((city) -> new CityRow(city.slug(), city.names().en(), city.names().ru(), city.names().kk(),
					city.region(), city.latitude(), city.longitude())));
		given(this.aliases.findAll(any(Sort.class))).willReturn(Flux.fromIterable(seed)
			.flatMap((known) -> Flux.fromIterable(known.aliases())
				.map((alias) -> new CityAliasRow(alias, known.city().slug()))));
	}

	@Test
	void listsAllFourteenCitiesWithTheirNames() {
		this.client.get()
			.uri("/api/directory/cities")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(300)).cachePublic())
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(14)
			.jsonPath("$[?(@.slug == 'karaganda')].names.kk")
			.isEqualTo("Қарағанды")
			.jsonPath("$[?(@.slug == 'karaganda')].names.ru")
			.isEqualTo("Караганда");
	}

	@Test
	void answersNotModifiedForTheCurrentETag() {
		String etag = this.client.get()
			.uri("/api/directory/cities")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		this.client.get()
			.uri("/api/directory/cities")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
	}

	@Test
	void resolvesAMisspelledCity() {
		this.client.get()
			.uri("/api/directory/cities/resolve?q={q}", "Krgyzlorda")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectBody()
			.jsonPath("$.slug")
			.isEqualTo("kyzylorda")
			.jsonPath("$.names.en")
			.isEqualTo("Kyzylorda");
	}

	@Test
	void rejectsUnknownCityWithSuggestions() {
		this.client.get()
			.uri("/api/directory/cities/resolve?q={q}", "Taldy")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unknown-city")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.suggestions[0].slug")
			.isEqualTo("taldykorgan")
			.jsonPath("$.suggestions[0].name")
			.isEqualTo("Taldykorgan");
	}

	@Test
	void rejectsMissingQuery() {
		this.client.get()
			.uri("/api/directory/cities/resolve")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("q");
	}

	@Test
	void rejectsBlankQuery() {
		this.client.get()
			.uri("/api/directory/cities/resolve?q={q}", "  ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("q")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not be blank");
	}

	@Test
	void rejectsOverLongQuery() {
		this.client.get()
			.uri("/api/directory/cities/resolve?q={q}", "a".repeat(101))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("q");
	}

	@Test
	void requiresATokenForTheAdminApi() {
		this.client.get()
			.uri("/api/directory/admin/services")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unauthorized");
	}

	@Test
	void forbidsTheAdminApiToOtherRoles() {
		this.client.get()
			.uri("/api/directory/admin/services")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("police", "POLICE_LIAISON")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/forbidden");
	}

	@Test
	void letsDirectoryAdminsPastSecurity() {
		this.client.get()
			.uri("/api/directory/admin/services")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void answersUnsupportedMethodWithMethodNotAllowedProblem() {
		this.client.delete()
			.uri("/api/directory/cities")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("GET"))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED.toString())
			.jsonPath("$.title")
			.isEqualTo("Method not allowed")
			.jsonPath("$.status")
			.isEqualTo(405);
	}

}
