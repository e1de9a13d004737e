package org.senim.directory.city;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CityResolverTests {

	private final CityResolver resolver = new CityResolver(SeedCities.all());

	private final CityResolver namesOnly = new CityResolver(SeedCities.withoutAliases());

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Karaganada        | karaganda
			Qaraghandy        | karaganda
			Караганда         | karaganda
			Qaragandy         | karaganda
			Krgyzlorda        | kyzylorda
			Kzyl-Orda         | kyzylorda
			Qyzylorda         | kyzylorda
			Кызылорда         | kyzylorda
			Taldykhorghan     | taldykorgan
			Taldyqorghan      | taldykorgan
			Талдыкорган       | taldykorgan
			Oskemen           | ust-kamenogorsk
			Öskemen           | ust-kamenogorsk
			Усть-Каменогорск  | ust-kamenogorsk
			Ust Kamenogorsk   | ust-kamenogorsk
			Petropavl         | petropavlovsk
			Петропавловск     | petropavlovsk
			Nur-Sultan        | astana
			Akmola            | astana
			Astana            | astana
			Aqtobe            | aktobe
			Aqtau             | aktau
			Jezkazgan         | zhezkazgan
			Zhezqazghan       | zhezkazgan
			Kokchetav         | kokshetau
			Köksetau          | kokshetau
			Qostanay          | kostanay
			Kustanai          | kostanay
			Chimkent          | shymkent
			Şymkent           | shymkent
			Zhambyl           | taraz
			Dzhambul          | taraz
			""")
	void resolvesSpellingsOfTheSeedCities(String text, String slug) {
		assertThat(this.resolver.resolve(text)).map(City::slug).contains(slug);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Karaganada        | karaganda
			Qaraghandy        | karaganda
			Qaragandy         | karaganda
			Krgyzlorda        | kyzylorda
			Qyzylorda         | kyzylorda
			Taldykhorghan     | taldykorgan
			Taldyqorghan      | taldykorgan
			Ust Kamenogorsk   | ust-kamenogorsk
			Aqtobe            | aktobe
			Aqtau             | aktau
			Zhezqazghan       | zhezkazgan
			Köksetau          | kokshetau
			Qostanay          | kostanay
			Şymkent           | shymkent
			Petropavl         | petropavlovsk
			""")
	void resolvesMisspellingsAndTransliterationsWithoutAliases(String text, String slug) {
		assertThat(this.namesOnly.resolve(text)).map(City::slug).contains(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			  almaty   | almaty
			ALMATY     | almaty
			ust-kamenogorsk | ust-kamenogorsk
			Ақтөбе     | aktobe
			Қарағанды  | karaganda
			Өскемен    | ust-kamenogorsk
			Талдықорған | taldykorgan
			Жезқазған  | zhezkazgan
			Көкшетау   | kokshetau
			Shymkent   | shymkent
			taraz      | taraz
			""")
	void ignoresCaseWhitespaceAndResolvesKazakhNames(String text, String slug) {
		assertThat(this.resolver.resolve(text)).map(City::slug).contains(slug);
	}

	@ParameterizedTest
	@CsvSource({ "London", "Moscow", "Bishkek", "x", "'   '", "'!!!'", "Tashkent" })
	void findsNoCityForOtherPlaces(String text) {
		assertThat(this.resolver.resolve(text)).isEmpty();
	}

	@Test
	void suggestsTheClosestCitiesWhenNothingMatches() {
		assertThat(this.resolver.resolve("Karagandinsk oblast")).isEmpty();
		assertThat(this.resolver.closest("Karagandinsk oblast", 3)).hasSize(3)
			.first()
			.extracting(City::slug)
			.isEqualTo("karaganda");
	}

	@Test
	void suggestsCitiesWithSimilarNames() {
		assertThat(this.resolver.resolve("Taldy")).isEmpty();
		assertThat(this.resolver.closest("Taldy", 1)).extracting(City::slug).containsExactly("taldykorgan");
	}

	@Test
	void resolvesNothingFromAnEmptyDirectory() {
		CityResolver empty = new CityResolver(List.of());
		assertThat(empty.resolve("Almaty")).isEmpty();
		assertThat(empty.closest("Almaty", 3)).isEmpty();
	}

}
