package org.senim.directory.city;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.senim.directory.PostgresSliceTests;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

@Import(CityCatalog.class)
class CityRepositoryTests extends PostgresSliceTests {

	@Autowired
	private CityRepository cities;

	@Autowired
	private CityAliasRepository aliases;

	@Autowired
	private CityCatalog catalog;

	@Test
	void holdsTheFourteenSeedCities() {
		StepVerifier.create(this.cities.findAll(Sort.by("slug")).map(CityRow::slug).collectList())
			.assertNext((slugs) -> assertThat(slugs).containsExactlyInAnyOrder("astana", "aktobe", "aktau", "almaty",
					"zhezkazgan", "karaganda", "kokshetau", "kostanay", "kyzylorda", "petropavlovsk", "taldykorgan",
					"ust-kamenogorsk", "shymkent", "taraz"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void readsKazakhNamesAndCoordinates() {
		StepVerifier.create(this.cities.findById("ust-kamenogorsk")).assertNext((city) -> {
			assertThat(city.nameKk()).isEqualTo("Өскемен");
			assertThat(city.nameRu()).isEqualTo("Усть-Каменогорск");
			assertThat(city.latitude()).isBetween(49.0, 51.0);
			assertThat(city.longitude()).isBetween(82.0, 83.0);
		}).expectComplete().verify(Duration.ofSeconds(10));
	}

	@Test
	void holdsAliasesOfExistingCities() {
		StepVerifier.create(this.aliases.findById("Nur-Sultan").map(CityAliasRow::citySlug))
			.expectNext("astana")
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void resolvesSpellingsFromTheDatabase() {
		StepVerifier.create(this.catalog.resolve("q", "Krgyzlorda").map(City::slug))
			.expectNext("kyzylorda")
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(this.catalog.resolve("q", "Кокчетав").map(City::slug))
			.expectNext("kokshetau")
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(this.catalog.resolve("q", "Bishkek"))
			.expectError(UnknownCityException.class)
			.verify(Duration.ofSeconds(10));
	}

}
