package org.senim.directory.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.senim.directory.IntegrationTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
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

	@Test
	void listsServicesAsAValidHsdsPage() {
		JsonNode page = get("/api/directory/hsds/services?per_page=10");
		assertThat(errors(pageSchema("compiled/service_list.json"), page)).isEmpty();
		assertThat(page.get("total_items").asInt()).isEqualTo(17);
		assertThat(page.get("total_pages").asInt()).isEqualTo(2);
		assertThat(page.get("size").asInt()).isEqualTo(10);
		assertThat(page.get("first_page").asBoolean()).isTrue();
		assertThat(page.get("last_page").asBoolean()).isFalse();
	}

	@Test
	void servesTheLastPageOfServices() {
		JsonNode page = get("/api/directory/hsds/services?per_page=10&page=2");
		assertThat(errors(pageSchema("compiled/service_list.json"), page)).isEmpty();
		assertThat(page.get("size").asInt()).isEqualTo(7);
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
		assertThat(page.get("total_items").asInt()).isEqualTo(17);
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
