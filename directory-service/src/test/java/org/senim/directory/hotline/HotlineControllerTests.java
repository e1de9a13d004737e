package org.senim.directory.hotline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.city.CityNames;
import org.senim.directory.city.UnknownCityException;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.WebSliceConfiguration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

@WebFluxTest({ HotlineController.class, ServiceSearchController.class })
@Import({ WebSliceConfiguration.class, HotlineCatalog.class })
class HotlineControllerTests {

	private static final City KYZYLORDA = new City("kyzylorda", new CityNames("Kyzylorda", "Кызылорда", "Қызылорда"),
			"Kyzylorda Region", 44.8528, 65.5092);

	private static final City TARAZ = new City("taraz", new CityNames("Taraz", "Тараз", "Тараз"), "Jambyl Region", 42.9,
			71.3667);

	private static final UUID IOM = UUID.fromString("1b000000-0000-4000-8000-000000000001");

	private static final UUID POLICE = UUID.fromString("1b000000-0000-4000-8000-000000000002");

	private static final UUID SAMPLE = UUID.fromString("0b000000-0000-4000-8000-000000000009");

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private CityCatalog cities;

	@MockitoBean
	private ServiceRepository services;

	@MockitoBean
	private OrganizationRepository organizations;

	@MockitoBean
	private PhoneRepository phones;

	@BeforeEach
	void seedDirectory() {
		given(this.cities.resolve(anyString(), any())).willAnswer((call) -> Mono
			.error(new InvalidRequestException(call.getArgument(0, String.class), "must not be blank")));
		given(this.cities.resolve("city", "Krgyzlorda")).willReturn(Mono.just(KYZYLORDA));
		given(this.cities.resolve("city", "Taraz")).willReturn(Mono.just(TARAZ));
		given(this.cities.resolve("from", "Taraz")).willReturn(Mono.just(TARAZ));
		given(this.cities.all()).willReturn(Mono.just(List.of(KYZYLORDA, TARAZ)));
		given(this.cities.resolve("city", "London"))
			.willReturn(Mono.error(new UnknownCityException(List.of(KYZYLORDA))));
		UUID iomOrg = UUID.randomUUID();
		UUID policeOrg = UUID.randomUUID();
		UUID sampleOrg = UUID.randomUUID();
		given(this.organizations.findAll()).willReturn(
				Flux.just(new OrganizationRow(iomOrg, "IOM", "МОМ", "ХКҰ", null, false, "seed article", null, "active"),
						new OrganizationRow(policeOrg, "Police", "Полиция", "Полиция", null, false, "seed article",
								null, "active"),
						new OrganizationRow(sampleOrg, "Sample NGO Kyzylorda", null, null, null, true, "sample", null,
								"active")));
		given(this.services.findAll(any(Sort.class)))
			.willReturn(Flux.just(service(IOM, iomOrg, "IOM hotline", "Горячая линия МОМ", null, false, null),
					service(POLICE, policeOrg, "Police hotline", "Горячая линия полиции", null, false,
							LocalDate.now().minusDays(10)),
					service(SAMPLE, sampleOrg, "Sample shelter Kyzylorda", "Sample приют Кызылорда", "kyzylorda", true,
							LocalDate.now().minusYears(2))));
		given(this.phones.findAll(any(Sort.class))).willReturn(Flux.just(
				new PhoneRow(UUID.randomUUID(), IOM, "8 800 080 00 15", "88000800015", "+78000800015", false, true),
				new PhoneRow(UUID.randomUUID(), POLICE, "116 16", "11616", null, true, false)));
	}

	@Test
	void listsNationalHotlinesFirstAndTheCityServicesInRussianByDefault() {
		this.client.get()
			.uri("/api/directory/hotlines?city={city}", "Krgyzlorda")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=300, public")
			.expectBody()
			.jsonPath("$.city.slug")
			.isEqualTo("kyzylorda")
			.jsonPath("$.national.length()")
			.isEqualTo(2)
			.jsonPath("$.national[0].name")
			.isEqualTo("Горячая линия МОМ")
			.jsonPath("$.national[0].phone")
			.isEqualTo("8 800 080 00 15")
			.jsonPath("$.national[0].dial")
			.isEqualTo("88000800015")
			.jsonPath("$.national[0].free")
			.isEqualTo(true)
			.jsonPath("$.national[0].stale")
			.isEqualTo(true)
			.jsonPath("$.national[0].sample")
			.isEqualTo(false)
			.jsonPath("$.national[1].dial")
			.isEqualTo("11616")
			.jsonPath("$.national[1].stale")
			.isEqualTo(false)
			.jsonPath("$.local.length()")
			.isEqualTo(1)
			.jsonPath("$.local[0].name")
			.isEqualTo("Sample приют Кызылорда")
			.jsonPath("$.local[0].sample")
			.isEqualTo(true)
			.jsonPath("$.local[0].stale")
			.isEqualTo(true)
			.jsonPath("$.local[0].phone")
			.doesNotExist()
			.jsonPath("$.local[0].serviceTypes[0]")
			.isEqualTo("SHELTER");
	}

	@Test
	void fallsBackToEnglishNamesWhereAKazakhNameIsMissing() {
		this.client.get()
			.uri("/api/directory/hotlines?city={city}&lang=kk", "Krgyzlorda")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.national[0].name")
			.isEqualTo("IOM hotline")
			.jsonPath("$.national[0].organization")
			.isEqualTo("ХКҰ");
	}

	@Test
	void alwaysListsTheNationalHotlinesForACityWithoutServices() {
		this.client.get()
			.uri("/api/directory/hotlines?city={city}&lang=en", "Taraz")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.national.length()")
			.isEqualTo(2)
			.jsonPath("$.national[1].name")
			.isEqualTo("Police hotline")
			.jsonPath("$.local.length()")
			.isEqualTo(0);
	}

	@Test
	void answersNotModifiedForTheCurrentETag() {
		String etag = this.client.get()
			.uri("/api/directory/hotlines?city={city}", "Taraz")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		this.client.get()
			.uri("/api/directory/hotlines?city={city}", "Taraz")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		this.client.get()
			.uri("/api/directory/hotlines?city={city}&lang=en", "Taraz")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void rejectsUnknownCityWithSuggestions() {
		this.client.get()
			.uri("/api/directory/hotlines?city={city}", "London")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/unknown-city")
			.jsonPath("$.suggestions[0].slug")
			.isEqualTo("kyzylorda");
	}

	@Test
	void rejectsUnsupportedLanguage() {
		this.client.get()
			.uri("/api/directory/hotlines?city={city}&lang=de", "Taraz")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("lang");
	}

	@Test
	void rejectsMissingCity() {
		given(this.cities.resolve(eq("city"), eq(null)))
			.willReturn(Mono.error(new InvalidRequestException("city", "must not be blank")));
		this.client.get()
			.uri("/api/directory/hotlines")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("city");
	}

	private static ServiceRow service(UUID id, UUID organization, String name, String nameRu, String city,
			boolean sample, LocalDate assured) {
		return new ServiceRow(id, organization, name, nameRu, null, null, city, "active", sample, true, true, "any",
				null, null, null, sample ? "SHELTER,PSYCHOSOCIAL" : "HOTLINE", sample, "source", assured, null, "kk,ru",
				null);
	}

	@Test
	void searchesServicesByCityTypeAndEligibility() {
		this.client.get()
			.uri("/api/directory/services?city={city}&type=shelter&minors=true&foreign=true", "Krgyzlorda")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].service.id")
			.isEqualTo(SAMPLE.toString())
			.jsonPath("$[0].city")
			.isEqualTo("kyzylorda")
			.jsonPath("$[0].acceptsMinors")
			.isEqualTo(true);
	}

	@Test
	void findsNoServiceWithFreePlacesWhenNoneReportsCapacity() {
		this.client.get()
			.uri("/api/directory/services?hasCapacity=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	@Test
	void listsEveryActiveServiceWithoutFilters() {
		this.client.get()
			.uri("/api/directory/services?lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(3)
			.jsonPath("$[0].service.name")
			.isEqualTo("IOM hotline")
			.jsonPath("$[0].city")
			.doesNotExist();
	}

	@Test
	void rejectsUnknownServiceType() {
		this.client.get()
			.uri("/api/directory/services?type=spa")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("type");
	}

	@Test
	void rejectsAFilterThatIsNoBoolean() {
		this.client.get()
			.uri("/api/directory/services?minors=perhaps")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("minors");
	}

	@Test
	void findsTheNearestCityWithAShelter() {
		this.client.get()
			.uri("/api/directory/cities/nearest?from={from}&type=SHELTER", "Taraz")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.from.slug")
			.isEqualTo("taraz")
			.jsonPath("$.city.slug")
			.isEqualTo("kyzylorda")
			.jsonPath("$.distanceKm")
			.value(Integer.class, (km) -> assertThat(km).isBetween(400, 650))
			.jsonPath("$.services[0].service.id")
			.isEqualTo(SAMPLE.toString());
	}

	@Test
	void findsNoNearestCityWhenNoCityHasTheService() {
		this.client.get()
			.uri("/api/directory/cities/nearest?from={from}&type=REPATRIATION", "Taraz")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.city")
			.doesNotExist()
			.jsonPath("$.services.length()")
			.isEqualTo(0);
	}

	@Test
	void rejectsNearestWithoutOrigin() {
		given(this.cities.resolve(eq("from"), eq(null)))
			.willReturn(Mono.error(new InvalidRequestException("from", "must not be blank")));
		this.client.get()
			.uri("/api/directory/cities/nearest?type=SHELTER")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
	}

}
