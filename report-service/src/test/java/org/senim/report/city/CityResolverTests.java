package org.senim.report.city;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.report.DirectoryStub;
import reactor.test.StepVerifier;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;

import static org.assertj.core.api.Assertions.assertThat;

class CityResolverTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static DirectoryStub directory;

	@BeforeAll
	static void startDirectory() {
		directory = DirectoryStub.start();
	}

	@AfterAll
	static void stopDirectory() {
		directory.stop();
	}

	@Test
	void resolvesCityThroughTheDirectory() {
		StepVerifier.create(resolver(directory.uri(), new CityReplica()).resolve("Karaganada")).assertNext((city) -> {
			assertThat(city.slug()).isEqualTo("karaganda");
			assertThat(city.names().kk()).isEqualTo("Қарағанды");
			assertThat(city.latitude()).isEqualTo(49.8047);
		}).expectComplete().verify(WAIT);
	}

	@Test
	void passesOnSuggestionsForUnknownCity() {
		StepVerifier.create(resolver(directory.uri(), new CityReplica()).resolve("Atlantis"))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(UnknownCityException.class);
				UnknownCityException unknown = (UnknownCityException) error;
				assertThat(unknown.getStatusCode().value()).isEqualTo(400);
				assertThat(unknown.getBody().getType()).isEqualTo(ProblemTypes.UNKNOWN_CITY);
				assertThat(unknown.errors()).extracting("field").containsExactly("city");
				assertThat(unknown.getBody().getProperties()).extractingByKey("suggestions")
					.asList()
					.containsExactly(new CitySuggestion("aktau", "Aktau"), new CitySuggestion("aktobe", "Aktobe"));
			})
			.verify(WAIT);
	}

	@Test
	void doesNotCountUnknownCitiesAsDirectoryFailures() {
		CityResolver resolver = resolver(directory.uri(), new CityReplica());
		for (int i = 0; i < 8; i++) {
			StepVerifier.create(resolver.resolve("Atlantis")).expectError(UnknownCityException.class).verify(WAIT);
		}

		StepVerifier.create(resolver.resolve("almaty")).expectNextCount(1).expectComplete().verify(WAIT);
	}

	@Test
	void fallsBackToTheReplicaWhenTheDirectoryIsDown() {
		CityReplica replica = new CityReplica();
		replica.remember(new DirectoryCityChanged("ust-kamenogorsk", "Ust-Kamenogorsk", "Усть-Каменогорск", "Өскемен",
				"East Kazakhstan Region", 49.9483, 82.6275, Instant.now()));

		StepVerifier.create(resolver(unreachable(), replica).resolve("ust kamenogorsk"))
			.assertNext((city) -> assertThat(city.slug()).isEqualTo("ust-kamenogorsk"))
			.expectComplete()
			.verify(WAIT);
		StepVerifier.create(resolver(unreachable(), replica).resolve("Өскемен"))
			.assertNext((city) -> assertThat(city.slug()).isEqualTo("ust-kamenogorsk"))
			.expectComplete()
			.verify(WAIT);
	}

	@Test
	void matchesPublishedAliasesWhileTheDirectoryIsDown() {
		CityReplica replica = new CityReplica();
		replica.remember(new DirectoryCityChanged("karaganda", "Karaganda", "Караганда", "Қарағанды",
				"Karaganda Region", 49.8047, 73.1094, List.of("Qaraghandy", "Karaganada"), Instant.now()));

		StepVerifier.create(resolver(unreachable(), replica).resolve("karaganada"))
			.assertNext((city) -> assertThat(city.slug()).isEqualTo("karaganda"))
			.expectComplete()
			.verify(WAIT);
	}

	@Test
	void fallsBackToTheReplicaWhenTheDirectoryFails() {
		CityReplica replica = new CityReplica();
		replica.remember(new DirectoryCityChanged("fail", "Fail", "Fail", "Fail", "Nowhere", 0, 0, Instant.now()));

		StepVerifier.create(resolver(directory.uri(), replica).resolve("fail"))
			.assertNext((city) -> assertThat(city.slug()).isEqualTo("fail"))
			.expectComplete()
			.verify(WAIT);
	}

	@Test
	void answersUnavailableWhenNeitherSourceKnowsTheCity() {
		StepVerifier.create(resolver(unreachable(), new CityReplica()).resolve("almaty"))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(DirectoryUnavailableException.class);
				DirectoryUnavailableException unavailable = (DirectoryUnavailableException) error;
				assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
				assertThat(unavailable.getBody().getType()).isEqualTo(ProblemTypes.UNAVAILABLE);
				assertThat(unavailable.getBody().getDetail()).contains("11616", "8 800 080 00 15");
			})
			.verify(WAIT);
	}

	@Test
	void forgetsCitiesOnTombstones() {
		CityReplica replica = new CityReplica();
		replica.remember(new DirectoryCityChanged("taraz", "Taraz", "Тараз", "Тараз", "Zhambyl Region", 42.9, 71.37,
				Instant.now()));
		assertThat(replica.match("TARAZ")).isPresent();

		replica.forget("taraz");

		assertThat(replica.match("taraz")).isEmpty();
	}

	private static String unreachable() {
		DirectoryStub stopped = DirectoryStub.start();
		stopped.stop();
		return stopped.uri();
	}

	static CityResolver resolver(String uri, CityReplica replica) {
		DirectoryProperties properties = new DirectoryProperties(URI.create(uri), Duration.ofMillis(500),
				Duration.ofSeconds(1), 5, Duration.ofSeconds(1), Duration.ofSeconds(2), 50, 10, 5,
				Duration.ofSeconds(30));
		ReactiveResilience4JCircuitBreakerFactory breakers = new ReactiveResilience4JCircuitBreakerFactory(
				CircuitBreakerRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(), null,
				new Resilience4JConfigurationProperties());
		CityConfiguration.configureBreaker(breakers, properties);
		return new CityResolver(new DirectoryClient(CityConfiguration.directoryWebClient(properties)),
				breakers.create(CityConfiguration.BREAKER), replica);
	}

}
