package org.senim.directory.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.directory.changes.DirectoryChanges;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.hotline.HotlineCatalog;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.WebSliceConfiguration;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.r2dbc.core.R2dbcEntityOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * An NGO worker's own services: she sees and changes the places of her organization's
 * services only; another organization's service is not found.
 */
@WebFluxTest(OwnServicesController.class)
@Import({ WebSliceConfiguration.class, OwnServices.class, DirectoryAdmin.class })
class OwnServicesControllerTests {

	private static final UUID OWN_ORGANIZATION = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	private static final UUID OTHER_ORGANIZATION = UUID.fromString("0a000000-0000-4000-8000-000000000011");

	private static final UUID OWN_SERVICE = UUID.fromString("0b000000-0000-4000-8000-000000000004");

	private static final UUID OTHER_SERVICE = UUID.fromString("0b000000-0000-4000-8000-000000000011");

	private static final UUID RETIRED_OWN_SERVICE = UUID.fromString("0b000000-0000-4000-8000-000000000099");

	private static final String WORKER = TestTokens.ngoWorker(OWN_ORGANIZATION, "almaty");

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private OrganizationRepository organizations;

	@MockitoBean
	private ServiceRepository services;

	@MockitoBean
	private PhoneRepository phones;

	@MockitoBean
	private R2dbcEntityOperations rows;

	@MockitoBean
	private CityCatalog cities;

	@MockitoBean
	private HotlineCatalog hotlines;

	@MockitoBean
	private DirectoryChanges changes;

	@MockitoBean
	private TransactionalOperator transaction;

	@BeforeEach
	void storage() {
		given(this.transaction.transactional(any(Mono.class))).willAnswer((call) -> call.getArgument(0));
		given(this.changes.appendServices(anyCollection())).willReturn(Mono.empty());
		given(this.hotlines.refresh()).willReturn(Mono.empty());
		given(this.services.touch(anyCollection(), any())).willReturn(Mono.just(1));
		given(this.services.findById(any(UUID.class))).willReturn(Mono.empty());
		given(this.services.findById(OWN_SERVICE))
			.willReturn(Mono.just(service(OWN_SERVICE, OWN_ORGANIZATION, ServiceRow.ACTIVE)));
		given(this.services.findById(OTHER_SERVICE))
			.willReturn(Mono.just(service(OTHER_SERVICE, OTHER_ORGANIZATION, ServiceRow.ACTIVE)));
		given(this.services.findById(RETIRED_OWN_SERVICE))
			.willReturn(Mono.just(service(RETIRED_OWN_SERVICE, OWN_ORGANIZATION, ServiceRow.RETIRED)));
		given(this.services.findByOrganizationIdOrderById(OWN_ORGANIZATION))
			.willReturn(Flux.just(service(OWN_SERVICE, OWN_ORGANIZATION, ServiceRow.ACTIVE),
					service(RETIRED_OWN_SERVICE, OWN_ORGANIZATION, ServiceRow.RETIRED)));
		given(this.rows.update(any(Object.class))).willAnswer((call) -> Mono.just(call.getArgument(0)));
	}

	@Test
	void listsTheActiveServicesOfTheWorkersOwnOrganization() {
		this.client.get()
			.uri("/api/directory/ngo/services")
			.headers((headers) -> headers.setBearerAuth(WORKER))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(OWN_SERVICE.toString())
			.jsonPath("$[0].serviceTypes[0]")
			.isEqualTo("SHELTER")
			.jsonPath("$[0].capacityAvailable")
			.isEqualTo(1);
	}

	@Test
	void setsTheCapacityOfAnOwnServiceAndAnnouncesTheChange() {
		this.client.put()
			.uri("/api/directory/ngo/services/{id}/capacity", OWN_SERVICE)
			.headers((headers) -> headers.setBearerAuth(WORKER))
			.bodyValue(Map.of("available", 0, "maximum", 8))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.capacityAvailable")
			.isEqualTo(0)
			.jsonPath("$.capacityMaximum")
			.isEqualTo(8);
		then(this.changes).should().appendServices(argThat((ids) -> ids.contains(OWN_SERVICE)));
	}

	@Test
	void answersNotFoundForAnotherOrganizationsService() {
		this.client.put()
			.uri("/api/directory/ngo/services/{id}/capacity", OTHER_SERVICE)
			.headers((headers) -> headers.setBearerAuth(WORKER))
			.bodyValue(Map.of("available", 0, "maximum", 8))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.rows).should(never()).update(any(Object.class));
		then(this.changes).should(never()).appendServices(anyCollection());
	}

	@Test
	void refusesCapacityAboveTheMaximum() {
		this.client.put()
			.uri("/api/directory/ngo/services/{id}/capacity", OWN_SERVICE)
			.headers((headers) -> headers.setBearerAuth(WORKER))
			.bodyValue(Map.of("available", 9, "maximum", 8))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("available");
		then(this.rows).should(never()).update(any(Object.class));
	}

	@Test
	void refusesARetiredOwnService() {
		this.client.put()
			.uri("/api/directory/ngo/services/{id}/capacity", RETIRED_OWN_SERVICE)
			.headers((headers) -> headers.setBearerAuth(WORKER))
			.bodyValue(Map.of("available", 1, "maximum", 8))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		then(this.rows).should(never()).update(any(Object.class));
	}

	@Test
	void requiresTheNgoWorkerRole() {
		this.client.get().uri("/api/directory/ngo/services").exchange().expectStatus().isUnauthorized();
		this.client.put()
			.uri("/api/directory/ngo/services/{id}/capacity", OWN_SERVICE)
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")))
			.bodyValue(Map.of("available", 1, "maximum", 8))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/forbidden");
		then(this.rows).should(never()).update(any(Object.class));
	}

	@Test
	void refusesAWorkerTokenWithoutAnOrganization() {
		this.client.get()
			.uri("/api/directory/ngo/services")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("someone", "NGO_WORKER")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAMalformedCapacityBody() {
		this.client.put()
			.uri("/api/directory/ngo/services/{id}/capacity", OWN_SERVICE)
			.headers((headers) -> headers.setBearerAuth(WORKER))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"available\": \"many\"")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.rows).should(never()).update(any(Object.class));
	}

	private static ServiceRow service(UUID id, UUID organization, String status) {
		return new ServiceRow(id, organization, "Test shelter", null, null, null, "almaty", status, true, true, true,
				"any", 1, 12, null, "SHELTER", false, "test", null, null, null, null);
	}

}
