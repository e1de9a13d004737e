package org.senim.directory.admin;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.directory.IntegrationTestBase;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An NGO worker's change of her own service's places reaches {@code directory.changes},
 * which routing reads; nobody else's service can be changed that way.
 */
class OwnServicesIntegrationTests extends IntegrationTestBase {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final String brokers = System.getProperty("spring.embedded.kafka.brokers");

	@Autowired
	private DirectoryAdmin admin;

	@Autowired
	private OwnServices own;

	@Test
	void announcesTheNewCapacityOfAnOwnServiceOnTheChangeFeed() {
		OrganizationRow organization = organization("Test NGO Aktau");
		UUID shelter = shelter(organization, "Test shelter Aktau").id();

		this.own.setCapacity(organization.id(), shelter, new CapacityRequest(3, 10)).block(TIMEOUT);

		try (DirectoryReplica replica = new DirectoryReplica(this.brokers)) {
			DirectoryServiceChanged changed = replica
				.awaitUntil((services) -> services.containsKey(shelter)
						&& Integer.valueOf(3).equals(services.get(shelter).capacityAvailable()))
				.get(shelter);
			assertThat(changed.organizationId()).isEqualTo(organization.id());
		}
		assertThat(this.own.of(organization.id()).map(ServiceRow::id).collectList().block(TIMEOUT))
			.containsExactly(shelter);
	}

	@Test
	void leavesAnotherOrganizationsServiceAsItWas() {
		OrganizationRow owner = organization("Test NGO Aktobe");
		ServiceRow shelter = shelter(owner, "Test shelter Aktobe");
		OrganizationRow other = organization("Test NGO Aktobe 2");

		assertThatThrownBy(
				() -> this.own.setCapacity(other.id(), shelter.id(), new CapacityRequest(0, 1)).block(TIMEOUT))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.own.of(owner.id()).blockFirst(TIMEOUT).capacityAvailable())
			.isEqualTo(shelter.capacityAvailable());
	}

	private OrganizationRow organization(String name) {
		return this.admin.createOrganization(new OrganizationRequest(name, null, null, null, "integration test", false))
			.block(TIMEOUT);
	}

	private ServiceRow shelter(OrganizationRow organization, String name) {
		return this.admin
			.createService(new ServiceRequest(organization.id().toString(), name, null, null, null, "aktau",
					List.of("SHELTER"), true, true, true, "any", "24/7", List.of("kk", "ru"), "integration test",
					false))
			.block(TIMEOUT);
	}

}
