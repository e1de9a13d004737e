package org.senim.directory.admin;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.directory.IntegrationTestBase;
import org.senim.directory.system.InvalidRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HSDS documents exported by the read API import back into equal documents; an invalid
 * item rejects the whole import.
 */
@AutoConfigureWebTestClient
class HsdsImportIntegrationTests extends IntegrationTestBase {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private HsdsImport hsdsImport;

	@Autowired
	private DirectoryAdmin admin;

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	@Test
	void importsExportedServicesAsNewEntriesThatReadBackEqual() {
		ArrayNode exported = this.json.createArrayNode();
		exported.add(get(createdService("Test NGO Petropavlovsk").toString()));
		exported.add(get(createdService("Test NGO Kokshetau").toString()));
		// the same documents under new ids: every service, organization and phone id
		String text = this.json.writeValueAsString(exported);
		for (JsonNode service : exported) {
			text = text.replace(service.get("id").asString(), UUID.randomUUID().toString())
				.replace(service.get("organization_id").asString(), UUID.randomUUID().toString());
			for (JsonNode phone : service.get("phones")) {
				text = text.replace(phone.get("id").asString(), UUID.randomUUID().toString());
			}
		}
		JsonNode renamed = this.json.readTree(text);

		List<UUID> imported = this.hsdsImport.importServices(renamed).block(TIMEOUT);

		assertThat(imported).hasSize(2);
		for (int i = 0; i < imported.size(); i++) {
			assertThat(imported.get(i).toString()).isEqualTo(renamed.get(i).get("id").asString());
			assertThat(withoutLanguageIds(get(imported.get(i).toString())))
				.isEqualTo(withoutLanguageIds(renamed.get(i)));
			assertThat(outboxRows(imported.get(i))).isOne();
		}
		retire(exported);
		retire(renamed);
	}

	@Test
	void importsExportedServicesOverThemselvesUnchanged() {
		ArrayNode exported = this.json.createArrayNode();
		exported.add(get(createdService("Test NGO Kyzylorda").toString()));

		this.hsdsImport.importServices(exported).block(TIMEOUT);

		for (JsonNode service : exported) {
			assertThat(withoutLanguageIds(get(service.get("id").asString()))).isEqualTo(withoutLanguageIds(service));
		}
		retire(exported);
	}

	@Test
	void rejectsTheWholeImportWhenOneItemIsNoValidHsds() {
		UUID created = createdService("Test NGO Zhezkazgan");
		ObjectNode valid = (ObjectNode) get(created.toString());
		String newId = UUID.randomUUID().toString();
		valid.put("id", newId);
		valid.remove("phones");
		ArrayNode body = this.json.createArrayNode();
		body.add(valid);
		body.add(this.json.readTree("{\"id\": \"" + UUID.randomUUID() + "\", \"status\": \"open\"}"));

		assertThatThrownBy(() -> this.hsdsImport.importServices(body).block(TIMEOUT)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				(ex) -> assertThat(ex.getBody().getProperties().get("errors").toString()).contains("[1]")
					.doesNotContain("[0]"));
		this.client.get().uri("/api/directory/hsds/services/{id}", newId).exchange().expectStatus().isNotFound();
		assertThat(outboxRows(UUID.fromString(newId))).isZero();
		retire(this.json.createArrayNode().add(get(created.toString())));
	}

	/** A service with all the profile has: phone, languages, capacity, eligibility. */
	private UUID createdService(String organizationName) {
		UUID organization = this.admin
			.createOrganization(
					new OrganizationRequest(organizationName, "НПО", "ҮЕҰ", "Test data", "integration test", false))
			.block(TIMEOUT)
			.id();
		UUID service = this.admin
			.createService(new ServiceRequest(organization.toString(), "Test shelter", "Тестовый приют", "Тест баспана",
					"Test data", "petropavlovsk", List.of("SHELTER", "PSYCHOSOCIAL"), true, true, false, "female",
					"24/7", List.of("kk", "ru"), "integration test", false))
			.block(TIMEOUT)
			.id();
		this.admin.addPhone(service, new PhoneRequest("8 800 080 00 15", null)).block(TIMEOUT);
		this.admin.setCapacity(service, new CapacityRequest(1, 6)).block(TIMEOUT);
		this.admin.verify(service).block(TIMEOUT);
		return service;
	}

	/** Other tests of this context count the listed services of the shipped cities. */
	private void retire(JsonNode services) {
		for (JsonNode service : services) {
			this.admin.retireOrganization(UUID.fromString(service.get("organization_id").asString())).block(TIMEOUT);
		}
	}

	private JsonNode get(String serviceId) {
		byte[] body = this.client.get()
			.uri("/api/directory/hsds/services/{id}", serviceId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	/**
	 * Language ids are derived from the service id, so they change with it; every import
	 * is a modification.
	 */
	private static JsonNode withoutLanguageIds(JsonNode service) {
		ObjectNode copy = (ObjectNode) service.deepCopy();
		assertThat(copy.remove("last_modified")).isNotNull();
		copy.get("languages").forEach((language) -> ((ObjectNode) language).remove("id"));
		return copy;
	}

	private long outboxRows(UUID serviceId) {
		return this.database.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key = :key")
			.bind("key", serviceId.toString())
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

}
