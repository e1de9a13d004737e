package org.senim.directory.service;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ServiceType;
import org.senim.directory.PostgresSliceTests;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ServiceRepositoryTests extends PostgresSliceTests {

	private static final UUID IOM_HOTLINE = UUID.fromString("1b000000-0000-4000-8000-000000000001");

	private static final UUID SECOND_ALMATY = UUID.fromString("0b000000-0000-4000-8000-000000000015");

	@Autowired
	private ServiceRepository services;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private PhoneRepository phones;

	@Test
	void holdsTheNationalHotlinesOfTheSeedArticle() {
		// admin tests sharing this database may add phones of their own services
		StepVerifier
			.create(this.phones.findAll(Sort.by("dial"))
				.filter((phone) -> phone.id().toString().startsWith("1c000000-0000-4000-8000-"))
				.collectList())
			.assertNext((all) -> assertThat(all).extracting(PhoneRow::dial, PhoneRow::display, PhoneRow::freeOfCharge)
				.containsExactly(tuple("11616", "116 16", false), tuple("88000800015", "8 800 080 00 15", true)))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(this.services.findById(IOM_HOTLINE)).assertNext((service) -> {
			assertThat(service.national()).isTrue();
			assertThat(service.sample()).isFalse();
			assertThat(service.source()).contains("seed-article");
			assertThat(service.serviceTypeList()).containsExactly(ServiceType.HOTLINE);
		}).expectComplete().verify(Duration.ofSeconds(10));
	}

	@Test
	void readsEligibilityAndCapacityOfASampleShelter() {
		StepVerifier.create(this.services.findById(SECOND_ALMATY)).assertNext((service) -> {
			assertThat(service.citySlug()).isEqualTo("almaty");
			assertThat(service.acceptsMinors()).isTrue();
			assertThat(service.acceptsForeigners()).isTrue();
			assertThat(service.capacityAvailable()).isEqualTo(4);
			assertThat(service.capacityUpdated()).isNotNull();
			assertThat(service.languageList()).containsExactly("kk", "ru", "en");
			assertThat(service.sample()).isTrue();
		}).expectComplete().verify(Duration.ofSeconds(10));
	}

	@Test
	void marksEverySampleOrganizationAsSample() {
		StepVerifier.create(this.organizations.findAll().filter((org) -> org.name().startsWith("Sample")).collectList())
			// One per seed city, two in Almaty, and the national one.
			.assertNext((samples) -> assertThat(samples).hasSize(16).allSatisfy((org) -> {
				assertThat(org.sample()).isTrue();
				assertThat(org.id().toString()).startsWith("0a000000-0000-4000-8000-0000000000");
			}))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

}
