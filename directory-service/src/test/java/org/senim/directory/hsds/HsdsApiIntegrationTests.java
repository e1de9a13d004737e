package org.senim.directory.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ServiceType;
import org.senim.directory.IntegrationTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS read API on the real database, each answer validated against the HSDS 3.0
 * schemas (copied from standards/hsds-3.0 into the test resources); list pages against
 * the {@code Page} object of HSDS's openapi.json with the compiled list item schemas.
 */
@AutoConfigureWebTestClient
class HsdsApiIntegrationTests extends IntegrationTestBase {

	private static final String BASE = "classpath:hsds-3.0/";

	private final JsonMapper json = JsonMapper.builder().build();

	private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	@Test
	void listsServicesAsAValidHsdsPage() {
		long stored = count("service");
		JsonNode page = get("/api/directory/hsds/services?per_page=10");
		assertThat(errors(pageSchema("compiled/service_list.json"), page)).isEmpty();
		// 18 shipped (2 national hotlines, 16 sample), more when admin tests of this
		// context ran first
		assertThat(stored).isGreaterThanOrEqualTo(18);
		assertThat(page.get("total_items").asLong()).isEqualTo(stored);
		assertThat(page.get("total_pages").asLong()).isEqualTo((stored + 9) / 10);
		assertThat(page.get("size").asInt()).isEqualTo(10);
		assertThat(page.get("first_page").asBoolean()).isTrue();
		assertThat(page.get("last_page").asBoolean()).isFalse();
	}

	@Test
	void servesTheLastPageOfServices() {
		long stored = count("service");
		long lastPage = (stored + 9) / 10;
		JsonNode page = get("/api/directory/hsds/services?per_page=10&page=" + lastPage);
		assertThat(errors(pageSchema("compiled/service_list.json"), page)).isEmpty();
		assertThat(page.get("size").asLong()).isEqualTo(stored - (lastPage - 1) * 10);
		assertThat(page.get("last_page").asBoolean()).isTrue();
	}

	@Test
	void servesAServiceWithItsPhonesAsValidHsds() {
		JsonNode service = get("/api/directory/hsds/services/1b000000-0000-4000-8000-000000000001");
		assertThat(errors(this.schemas.getSchema(SchemaLocation.of(BASE + "service.json")), service)).isEmpty();
		assertThat(service.get("phones").get(0).get("number").asString()).isEqualTo("+78000800015");
	}

	@Test
	void listsOrganizationsAsAValidHsdsPage() {
		JsonNode page = get("/api/directory/hsds/organizations");
		assertThat(errors(pageSchema("compiled/organization_list.json"), page)).isEmpty();
		assertThat(page.get("total_items").asLong()).isEqualTo(count("organization")).isGreaterThanOrEqualTo(17);
	}

	@Test
	void servesAnOrganizationAsValidHsds() {
		JsonNode organization = get("/api/directory/hsds/organizations/0a000000-0000-4000-8000-000000000015");
		assertThat(errors(this.schemas.getSchema(SchemaLocation.of(BASE + "organization.json")), organization))
			.isEmpty();
		assertThat(organization.get("sample").asBoolean()).isTrue();
	}

	@Test
	void schemasCatchDocumentsThatAreNoHsds() {
		JsonNode badService = this.json.readTree("{\"id\": \"x\", \"status\": \"open\"}");
		assertThat(errors(this.schemas.getSchema(SchemaLocation.of(BASE + "service.json")), badService)).isNotEmpty();
		JsonNode badPage = this.json.readTree("{\"total_items\": \"many\", \"contents\": [{\"name\": 1}]}");
		assertThat(errors(pageSchema("compiled/service_list.json"), badPage)).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void servesASampleServiceWithLanguagesAndItsOrganizationAsValidHsds() {
		JsonNode service = get("/api/directory/hsds/services/0b000000-0000-4000-8000-000000000015");
		assertThat(errors(this.schemas.getSchema(SchemaLocation.of(BASE + "service.json")), service)).isEmpty();
		assertThat(service.get("languages").get(0).get("code").asString()).isEqualTo("kk");
		assertThat(service.get("organization").get("id").asString()).isEqualTo("0a000000-0000-4000-8000-000000000015");
	}

	@Test
	void servesTheApiInfoAsHsdsDescribesIt() {
		JsonNode info = get("/api/directory/hsds/");
		assertThat(errors(openapiSchema("/", "api-info.json"), info)).isEmpty();
		assertThat(info.get("version").asString()).isEqualTo("3.0");
		assertThat(info.get("openapi_url").asString()).endsWith("/v3/api-docs");
	}

	@Test
	void listsOneServiceAtLocationPerServiceAsAValidHsdsPage() {
		JsonNode page = get("/api/directory/hsds/service_at_locations?per_page=200");
		assertThat(errors(pageSchema("compiled/service_at_location_list.json"), page)).isEmpty();
		assertThat(page.get("total_items").asLong()).isEqualTo(count("service"));
		List<JsonNode> almaty = new java.util.ArrayList<>();
		page.get("contents").forEach((atLocation) -> {
			if ("0b000000-0000-4000-8000-000000000015".equals(atLocation.get("service_id").asString())) {
				almaty.add(atLocation);
			}
		});
		assertThat(almaty).singleElement().satisfies((atLocation) -> {
			assertThat(atLocation.get("location").get("city").asString()).isEqualTo("almaty");
			assertThat(atLocation.get("location").get("latitude").asDouble()).isBetween(43.0, 43.5);
		});
		String id = almaty.get(0).get("id").asString();
		JsonNode single = get("/api/directory/hsds/service_at_locations/" + id);
		assertThat(errors(this.schemas.getSchema(SchemaLocation.of(BASE + "service_at_location.json")), single))
			.isEmpty();
		assertThat(single).isEqualTo(almaty.get(0));
	}

	@Test
	void servesTheServiceTypesAsTaxonomyTerms() {
		JsonNode taxonomies = get("/api/directory/hsds/taxonomies");
		assertThat(errors(pageSchema("taxonomy.json"), taxonomies)).isEmpty();
		assertThat(taxonomies.get("total_items").asInt()).isOne();
		String taxonomyId = taxonomies.get("contents").get(0).get("id").asString();
		JsonNode terms = get("/api/directory/hsds/taxonomy_terms?taxonomy_id=" + taxonomyId);
		assertThat(errors(pageSchema("taxonomy_term.json"), terms)).isEmpty();
		assertThat(terms.get("total_items").asInt()).isEqualTo(ServiceType.values().length);
		assertThat(terms.get("contents").get(0).get("taxonomy_id").asString()).isEqualTo(taxonomyId);
		assertThat(
				get("/api/directory/hsds/taxonomy_terms?taxonomy_id=" + UUID.randomUUID()).get("total_items").asInt())
			.isZero();
	}

	@Test
	void andsTheListFilters() {
		String shelter = termId("SHELTER");
		JsonNode shelters = get("/api/directory/hsds/services?per_page=200&taxonomy_term_id=" + shelter);
		assertThat(shelters.get("total_items").asInt()).isGreaterThanOrEqualTo(8);
		shelters.get("contents")
			.forEach((service) -> assertThat(service.get("service_types").toString()).contains("SHELTER"));
		JsonNode ofOneOrganization = get("/api/directory/hsds/services?taxonomy_term_id=" + shelter
				+ "&organization_id=0a000000-0000-4000-8000-000000000015");
		assertThat(ofOneOrganization.get("total_items").asInt()).isOne();
		assertThat(ofOneOrganization.get("contents").get(0).get("id").asString())
			.isEqualTo("0b000000-0000-4000-8000-000000000015");
		assertThat(get("/api/directory/hsds/services?taxonomy_term_id=" + termId("HOTLINE")
				+ "&organization_id=0a000000-0000-4000-8000-000000000015")
			.get("total_items")
			.asInt()).isZero();
		assertThat(get("/api/directory/hsds/services?search=iom").get("contents").get(0).get("id").asString())
			.isEqualTo("1b000000-0000-4000-8000-000000000001");
		assertThat(get("/api/directory/hsds/service_at_locations?search=taraz").get("total_items").asInt())
			.isGreaterThanOrEqualTo(1);
		assertThat(get("/api/directory/hsds/service_at_locations?search=taraz&taxonomy_term_id=" + shelter)
			.get("total_items")
			.asInt()).isZero();
	}

	@Test
	void filtersByModificationTime() {
		assertThat(get("/api/directory/hsds/services?modified_after=2000-01-01").get("total_items").asLong())
			.isEqualTo(count("service"));
		assertThat(get("/api/directory/hsds/services?modified_after=2999-01-01T00:00:00Z").get("total_items").asInt())
			.isZero();
	}

	@Test
	void streamsEveryServiceAsNdjson() {
		byte[] body = this.client.get()
			.uri("/api/directory/hsds/services?format=ndjson")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		List<String> lines = new String(body, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		assertThat((long) lines.size()).isEqualTo(count("service"));
		Schema service = this.schemas.getSchema(SchemaLocation.of(BASE + "service.json"));
		lines.forEach((line) -> assertThat(errors(service, this.json.readTree(line))).isEmpty());
		byte[] terms = this.client.get()
			.uri("/api/directory/hsds/taxonomy_terms?format=ndjson")
			.exchange()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(terms, java.nio.charset.StandardCharsets.UTF_8).lines())
			.hasSize(ServiceType.values().length);
	}

	@Test
	void rejectsInvalidFilters() {
		this.client.get()
			.uri("/api/directory/hsds/services?taxonomy_term_id=shelter&modified_after=yesterday&format=xml")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(3);
	}

	@Test
	void rejectsAnUnknownServiceAtLocation() {
		this.client.get()
			.uri("/api/directory/hsds/service_at_locations/{id}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void rejectsAnUnknownService() {
		this.client.get()
			.uri("/api/directory/hsds/services/0b000000-0000-4000-8000-000000000099")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/not-found");
	}

	@Test
	void rejectsAnIdThatIsNoUuid() {
		this.client.get()
			.uri("/api/directory/hsds/organizations/not-a-uuid")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("id");
	}

	@Test
	void rejectsPagesOutOfRange() {
		this.client.get()
			.uri("/api/directory/hsds/services?page=0&per_page=1000")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2);
	}

	private long count(String table) {
		return this.database.sql("SELECT COUNT(*) AS n FROM " + table)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(Duration.ofSeconds(5));
	}

	private JsonNode get(String uri) {
		byte[] body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	private String termId(String code) {
		JsonNode terms = get("/api/directory/hsds/taxonomy_terms?search=" + code);
		for (JsonNode term : terms.get("contents")) {
			if (term.get("code").asString().equals(code)) {
				return term.get("id").asString();
			}
		}
		throw new IllegalStateException("No taxonomy term " + code);
	}

	/** The schema of a 200 answer of a path in HSDS's openapi.json. */
	private Schema openapiSchema(String path, String name) {
		try (InputStream openapi = getClass().getResourceAsStream("/hsds-3.0/openapi.json")) {
			JsonNode schema = this.json.readTree(openapi)
				.get("paths")
				.get(path)
				.get("get")
				.get("responses")
				.get("200")
				.get("content")
				.get("application/json")
				.get("schema");
			return this.schemas.getSchema(SchemaLocation.of(BASE + name), schema);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The response schema of an HSDS list endpoint, as openapi.json states it. */
	private Schema pageSchema(String itemSchema) {
		try (InputStream openapi = getClass().getResourceAsStream("/hsds-3.0/openapi.json")) {
			JsonNode page = this.json.readTree(openapi).get("components").get("schemas").get("Page");
			ObjectNode schema = this.json.createObjectNode();
			schema.putArray("allOf").add(page);
			ObjectNode contents = schema.putObject("properties").putObject("contents");
			contents.put("type", "array");
			contents.putObject("items").put("$ref", itemSchema);
			schema.putArray("required").add("contents");
			return this.schemas.getSchema(SchemaLocation.of(BASE + "page.json"), schema);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> errors(Schema schema, JsonNode document) {
		return schema.validate(document).stream().map(Error::toString).toList();
	}

}
