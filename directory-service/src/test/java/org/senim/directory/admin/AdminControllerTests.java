package org.senim.directory.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.directory.changes.DirectoryChanges;
import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.city.CityNames;
import org.senim.directory.hotline.HotlineCatalog;
import org.senim.directory.hsds.HsdsDocuments;
import org.senim.directory.hsds.HsdsSchemas;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.PhoneRow;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/** The admin API's validation, authorization and error answers, on mocked storage. */
@WebFluxTest(AdminController.class)
@Import({ WebSliceConfiguration.class, DirectoryAdmin.class, HsdsDocuments.class, HsdsImport.class,
		HsdsImportReader.class, HsdsSchemas.class })
class AdminControllerTests {

	private static final City ALMATY = new City("almaty", new CityNames("Almaty", "Алматы", "Алматы"), "Almaty Region",
			43.2389, 76.8897);

	private static final UUID ORGANIZATION = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	private static final UUID SERVICE = UUID.fromString("0b000000-0000-4000-8000-000000000004");

	private static final UUID RETIRED = UUID.fromString("0b000000-0000-4000-8000-000000000099");

	private static final String ADMIN = TestTokens.withRoles("admin", "DIRECTORY_ADMIN");

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
		given(this.cities.all()).willReturn(Mono.just(List.of(ALMATY)));
		given(this.transaction.transactional(any(Mono.class))).willAnswer((call) -> call.getArgument(0));
		given(this.changes.appendServices(anyCollection())).willReturn(Mono.empty());
		given(this.hotlines.refresh()).willReturn(Mono.empty());
		given(this.services.touch(anyCollection(), any())).willReturn(Mono.just(1));
		given(this.organizations.findById(any(UUID.class))).willReturn(Mono.empty());
		given(this.organizations.findById(ORGANIZATION)).willReturn(Mono.just(new OrganizationRow(ORGANIZATION,
				"Test NGO", null, null, null, false, "test", null, ServiceRow.ACTIVE)));
		given(this.services.findById(any(UUID.class))).willReturn(Mono.empty());
		given(this.services.findById(SERVICE)).willReturn(Mono.just(service(SERVICE, ServiceRow.ACTIVE)));
		given(this.services.findById(RETIRED)).willReturn(Mono.just(service(RETIRED, ServiceRow.RETIRED)));
		given(this.phones.findByServiceIdOrderById(any(UUID.class))).willReturn(Flux.empty());
		given(this.rows.insert(any(Object.class))).willAnswer((call) -> Mono.just(call.getArgument(0)));
		given(this.rows.update(any(Object.class))).willAnswer((call) -> Mono.just(call.getArgument(0)));
	}

	@Test
	void requiresATokenForChanges() {
		this.client.post()
			.uri("/api/directory/admin/services/{id}/verify", SERVICE)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.rows).shouldHaveNoInteractions();
	}

	@Test
	void forbidsChangesToOtherRoles() {
		this.client.post()
			.uri("/api/directory/admin/services/{id}/verify", SERVICE)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ORGANIZATION, "almaty")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/forbidden");
		then(this.rows).shouldHaveNoInteractions();
	}

	@Test
	void createsAServiceAndRecordsItsChange() {
		this.client.post()
			.uri("/api/directory/admin/services")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("organizationId", ORGANIZATION.toString(), "name", "Test shelter", "city", "almaty",
					"serviceTypes", List.of("SHELTER"), "takesReferrals", true, "languages", List.of("kk", "ru"),
					"source", "test"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/directory/hsds/services/[0-9a-f-]{36}")
			.expectBody()
			.jsonPath("$.city")
			.isEqualTo("almaty")
			.jsonPath("$.status")
			.isEqualTo("active")
			.jsonPath("$.languages[1].code")
			.isEqualTo("ru")
			.jsonPath("$.takes_referrals")
			.isEqualTo(true);
		then(this.changes).should().appendServices(anyCollection());
		then(this.changes).should().committed();
		then(this.hotlines).should().refresh();
	}

	@Test
	void rejectsAServiceWithEveryInvalidFieldListed() {
		this.client.post()
			.uri("/api/directory/admin/services")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("organizationId", "not-a-uuid", "city", "london", "serviceTypes",
					List.of("SHELTER", "SPA"), "genderEligibility", "other", "languages", List.of("klingon")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/validation")
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("name", "source",
					"organizationId", "city", "serviceTypes[1]", "genderEligibility", "languages[0]"));
		then(this.rows).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAServiceOfAnUnknownOrganization() {
		this.client.post()
			.uri("/api/directory/admin/services")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("organizationId", UUID.randomUUID().toString(), "name", "Test", "city", "national",
					"serviceTypes", List.of("HOTLINE"), "source", "test"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("organizationId");
		then(this.rows).shouldHaveNoInteractions();
	}

	@Test
	void rejectsCapacityAboveTheMaximum() {
		this.client.put()
			.uri("/api/directory/admin/services/{id}/capacity", SERVICE)
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("available", 5, "maximum", 3))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("available");
		then(this.rows).shouldHaveNoInteractions();
	}

	@Test
	void setsCapacity() {
		this.client.put()
			.uri("/api/directory/admin/services/{id}/capacity", SERVICE)
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("available", 0, "maximum", 3))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.capacity_available")
			.isEqualTo(0)
			.jsonPath("$.capacity_maximum")
			.isEqualTo(3);
	}

	@Test
	void rejectsAPhoneNumberThatIsNotDialableInKazakhstan() {
		this.client.post()
			.uri("/api/directory/admin/services/{id}/phones", SERVICE)
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("number", "1234567"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("number");
		then(this.rows).shouldHaveNoInteractions();
	}

	@Test
	void normalisesAnAddedPhoneNumber() {
		this.client.post()
			.uri("/api/directory/admin/services/{id}/phones", SERVICE)
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("number", "8 800 080 00 15"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.number")
			.isEqualTo("+78000800015")
			.jsonPath("$.description")
			.isEqualTo("8 800 080 00 15 (free of charge)");
		then(this.rows).should()
			.insert(argThat((Object row) -> row instanceof PhoneRow phone && phone.serviceId().equals(SERVICE)
					&& phone.dial().equals("88000800015") && phone.e164().equals("+78000800015") && !phone.shortCode()
					&& phone.freeOfCharge()));
	}

	@Test
	void removesAPhoneOfTheServiceOnly() {
		PhoneRow phone = new PhoneRow(UUID.randomUUID(), SERVICE, "116 16", "11616", null, true, false);
		PhoneRow otherServicesPhone = new PhoneRow(UUID.randomUUID(), RETIRED, "116 16", "11616", null, true, false);
		given(this.phones.findById(any(UUID.class))).willReturn(Mono.empty());
		given(this.phones.findById(phone.id())).willReturn(Mono.just(phone));
		given(this.phones.findById(otherServicesPhone.id())).willReturn(Mono.just(otherServicesPhone));
		given(this.phones.delete(phone)).willReturn(Mono.empty());
		this.client.delete()
			.uri("/api/directory/admin/services/{id}/phones/{phone}", SERVICE, otherServicesPhone.id())
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectStatus()
			.isNotFound();
		then(this.changes).should(never()).appendServices(anyCollection());
		this.client.delete()
			.uri("/api/directory/admin/services/{id}/phones/{phone}", SERVICE, phone.id())
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectStatus()
			.isNoContent();
		then(this.phones).should().delete(phone);
		then(this.changes).should().appendServices(List.of(SERVICE));
	}

	@Test
	void answersNotFoundForAnUnknownService() {
		this.client.post()
			.uri("/api/directory/admin/services/{id}/verify", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/not-found");
	}

	@Test
	void refusesToChangeARetiredService() {
		this.client.post()
			.uri("/api/directory/admin/services/{id}/retire", RETIRED)
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/conflict");
		then(this.changes).should(never()).appendServices(anyCollection());
	}

	@Test
	void rejectsAWholeImportForOneInvalidItem() {
		Map<String, Object> valid = Map.of("id", UUID.randomUUID().toString(), "name", "Test", "status", "active",
				"city", "almaty", "service_types", List.of("HOTLINE"), "source", "test", "organization",
				Map.of("id", ORGANIZATION.toString(), "name", "Test NGO", "description", "", "source", "test"));
		Map<String, Object> invalid = Map.of("id", UUID.randomUUID().toString(), "status", "active");
		this.client.post()
			.uri("/api/directory/admin/hsds/import")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(List.of(valid, invalid))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).isNotEmpty()
				.allSatisfy((field) -> assertThat(field.toString()).startsWith("[1]")));
		then(this.rows).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAnImportThatIsNoArray() {
		this.client.post()
			.uri("/api/directory/admin/hsds/import")
			.headers((headers) -> headers.setBearerAuth(ADMIN))
			.bodyValue(Map.of("id", "x"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
	}

	@Test
	void forbidsImportsToOtherRoles() {
		this.client.post()
			.uri("/api/directory/admin/hsds/import")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("operator", "HOTLINE_OPERATOR")))
			.bodyValue(List.of())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private static ServiceRow service(UUID id, String status) {
		return new ServiceRow(id, ORGANIZATION, "Test service", null, null, null, "almaty", status, true, false, false,
				"any", null, null, null, "SHELTER", false, "test", null, null, null, null);
	}

}
