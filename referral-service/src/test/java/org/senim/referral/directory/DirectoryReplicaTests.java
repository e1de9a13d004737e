package org.senim.referral.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.contracts.codes.ServiceType;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryReplicaTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsLatestStateOfCity(String database, DatabaseClient db) {
		DirectoryReplica replica = new DirectoryReplica(db);
		String slug = "city-" + UUID.randomUUID();

		replica.upsert(city(slug, 1.0)).block();
		replica.upsert(city(slug, 2.0)).block();

		assertThat(replica.cities().filter((city) -> city.slug().equals(slug)).collectList().block())
			.containsExactly(new ReplicaCity(slug, 2.0, 3.0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsLatestStateOfServiceAndForgetsRetiredOne(String database, DatabaseClient db) {
		DirectoryReplica replica = new DirectoryReplica(db);
		UUID organization = UUID.randomUUID();
		DirectoryServiceChanged shelter = service(organization, true, null);
		DirectoryServiceChanged closed = service(organization, false, 2);

		replica.upsert(shelter).block();
		replica.upsert(service(organization, true, 4, shelter.serviceId())).block();
		replica.upsert(closed).block();

		assertThat(servicesOf(replica, organization)).singleElement().satisfies((service) -> {
			assertThat(service.serviceId()).isEqualTo(shelter.serviceId());
			assertThat(service.capacityAvailable()).isEqualTo(4);
			assertThat(service.acceptsMinors()).isTrue();
		});

		replica.deleteService(shelter.serviceId()).block();

		assertThat(servicesOf(replica, organization)).isEmpty();
	}

	private static List<ReplicaService> servicesOf(DirectoryReplica replica, UUID organization) {
		return replica.referralServices()
			.filter((service) -> service.organizationId().equals(organization))
			.collectList()
			.block();
	}

	private static DirectoryCityChanged city(String slug, double latitude) {
		return new DirectoryCityChanged(slug, "Sample", null, null, "Region", latitude, 3.0, Instant.now());
	}

	private static DirectoryServiceChanged service(UUID organization, boolean active, Integer capacity) {
		return service(organization, active, capacity, UUID.randomUUID());
	}

	private static DirectoryServiceChanged service(UUID organization, boolean active, Integer capacity, UUID id) {
		return new DirectoryServiceChanged(id, organization, "Sample NGO", "Sample shelter", "almaty",
				List.of(ServiceType.SHELTER, ServiceType.LEGAL_AID), active, true, true, false, capacity, true,
				Instant.now());
	}

}
