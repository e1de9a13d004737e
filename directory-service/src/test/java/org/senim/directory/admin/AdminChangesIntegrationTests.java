package org.senim.directory.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ServiceType;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.directory.IntegrationTestBase;
import org.senim.directory.changes.DirectoryChanges;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.ConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admin changes on the real database reach {@code directory.changes} through the outbox
 * and a consumer's replica; the public reads show them at once.
 */
@AutoConfigureWebTestClient
class AdminChangesIntegrationTests extends IntegrationTestBase {

	private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(10);

	private final String brokers = System.getProperty("spring.embedded.kafka.brokers");

	@Autowired
	private DirectoryAdmin admin;

	@Autowired
	private WebTestClient client;

	@Autowired
	private DirectoryChanges changes;

	@Autowired
	private DatabaseClient database;

	@Test
	void propagatesAServiceFromCreationToRetirementIntoAConsumersReplica() {
		OrganizationRow organization = this.admin
			.createOrganization(new OrganizationRequest("Test NGO Taraz", null, null, null, "integration test", false))
			.block(TIMEOUT);
		ServiceRow service = this.admin
			.createService(new ServiceRequest(organization.id().toString(), "Test help desk Taraz", null, null, null,
					"taraz", List.of("LEGAL_AID"), true, true, false, "any", "Mon-Fri 09:00-18:00", List.of("ru"),
					"integration test", false))
			.block(TIMEOUT);
		UUID id = service.id();
		// the hotline finder shows the new service without waiting for a reload
		this.client.get()
			.uri("/api/directory/hotlines?city=taraz&lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.local[?(@.name == 'Test help desk Taraz')]")
			.exists();
		try (DirectoryReplica replica = new DirectoryReplica(this.brokers)) {
			DirectoryServiceChanged created = replica.awaitUntil((services) -> services.containsKey(id)).get(id);
			assertThat(created.city()).isEqualTo("taraz");
			assertThat(created.serviceTypes()).containsExactly(ServiceType.LEGAL_AID);
			assertThat(created.takesReferrals()).isTrue();
			assertThat(created.organizationName()).isEqualTo("Test NGO Taraz");

			this.admin
				.updateOrganization(organization.id(),
						new OrganizationRequest("Test NGO Taraz (renamed)", null, null, null, "integration test",
								false))
				.block(TIMEOUT);
			this.admin.setCapacity(id, new CapacityRequest(2, 5)).block(TIMEOUT);
			DirectoryServiceChanged updated = replica
				.awaitUntil((services) -> services.containsKey(id)
						&& Integer.valueOf(2).equals(services.get(id).capacityAvailable())
						&& services.get(id).organizationName().endsWith("(renamed)"))
				.get(id);
			assertThat(updated.city()).isEqualTo("taraz");

			this.admin.retireService(id).block(TIMEOUT);
			replica.awaitUntil((services) -> replica.sawTombstone(id));
			assertThat(replica.awaitUntil((services) -> !services.containsKey(id))).doesNotContainKey(id);
		}
		this.client.get()
			.uri("/api/directory/hotlines?city=taraz&lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.local[?(@.name == 'Test help desk Taraz')]")
			.doesNotExist();
		this.client.get()
			.uri("/api/directory/hsds/services/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("inactive");
	}

	@Test
	void leavesRetiredServicesOutOfTheStartupSnapshot() {
		OrganizationRow organization = this.admin
			.createOrganization(
					new OrganizationRequest("Test NGO Kostanay", null, null, null, "integration test", false))
			.block(TIMEOUT);
		ServiceRow service = this.admin
			.createService(new ServiceRequest(organization.id().toString(), "Test help desk Kostanay", null, null, null,
					"kostanay", List.of("HOTLINE"), false, true, true, null, null, null, "integration test", false))
			.block(TIMEOUT);
		ServiceRow kept = this.admin
			.createService(new ServiceRequest(organization.id().toString(), "Test shelter Kostanay", null, null, null,
					"kostanay", List.of("SHELTER"), true, true, true, null, null, null, "integration test", false))
			.block(TIMEOUT);
		Instant beforeRetirement = Instant.now();
		this.client.get()
			.uri("/api/directory/hsds/services?organization_id={org}&modified_after={after}", organization.id(),
					beforeRetirement)
			.exchange()
			.expectBody()
			.jsonPath("$.total_items")
			.isEqualTo(0);
		this.admin.retireService(service.id()).block(TIMEOUT);
		// HSDS last_modified moves with every change
		this.client.get()
			.uri("/api/directory/hsds/services?organization_id={org}&modified_after={after}", organization.id(),
					beforeRetirement)
			.exchange()
			.expectBody()
			.jsonPath("$.total_items")
			.isEqualTo(1)
			.jsonPath("$.contents[0].id")
			.isEqualTo(service.id().toString());
		long retiredRows = outboxRows(service.id());
		long keptRows = outboxRows(kept.id());
		this.changes.publishSnapshot().block(TIMEOUT);
		assertThat(outboxRows(service.id())).isEqualTo(retiredRows);
		assertThat(outboxRows(kept.id())).isEqualTo(keptRows + 1);
		this.admin.retireOrganization(organization.id()).block(TIMEOUT);
	}

	@Test
	void retiresTheServicesOfARetiredOrganization() {
		OrganizationRow organization = this.admin
			.createOrganization(new OrganizationRequest("Test NGO Aktau", null, null, null, "integration test", false))
			.block(TIMEOUT);
		ServiceRow service = this.admin
			.createService(new ServiceRequest(organization.id().toString(), "Test shelter Aktau", null, null, null,
					"aktau", List.of("SHELTER"), true, false, false, "female", null, null, "integration test", false))
			.block(TIMEOUT);
		try (DirectoryReplica replica = new DirectoryReplica(this.brokers)) {
			replica.awaitUntil((services) -> services.containsKey(service.id()));
			this.admin.retireOrganization(organization.id()).block(TIMEOUT);
			replica.awaitUntil((services) -> replica.sawTombstone(service.id()) && !services.containsKey(service.id()));
		}
		assertThatThrownBy(() -> this.admin.verify(service.id()).block(TIMEOUT)).isInstanceOf(ConflictException.class);
		this.client.get()
			.uri("/api/directory/hsds/organizations/{id}", organization.id())
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("inactive");
		this.client.get()
			.uri("/api/directory/hsds/services/{id}", service.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("inactive");
	}

	/**
	 * Rows ever written for the key (published rows are kept for the retention period).
	 */
	private long outboxRows(UUID serviceId) {
		return this.database.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key = :key")
			.bind("key", serviceId.toString())
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

}
