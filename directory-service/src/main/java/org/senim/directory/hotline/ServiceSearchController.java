package org.senim.directory.hotline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.senim.contracts.codes.ServiceType;
import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.system.Language;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search of the directory's active services, and the nearest city that has help. */
@RestController
class ServiceSearchController {

	private final CityCatalog cities;

	private final HotlineCatalog catalog;

	ServiceSearchController(CityCatalog cities, HotlineCatalog catalog) {
		this.cities = cities;
		this.catalog = catalog;
	}

	@GetMapping("/api/directory/services")
	Mono<List<ServiceEntry>> search(@RequestParam(name = "city", required = false) String city,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "minors", required = false) Boolean minors,
			@RequestParam(name = "foreign", required = false) Boolean foreign,
			@RequestParam(name = "hasCapacity", required = false) Boolean hasCapacity) {
		Mono<Optional<City>> inCity = (city == null) ? Mono.just(Optional.empty())
				: this.cities.resolve("city", city).map(Optional::of);
		return Mono.fromCallable(() -> Language.of("lang", lang))
			.zipWith(Mono.fromCallable(() -> Optional.ofNullable(ServiceQuery.serviceType("type", type))))
			.zipWith(inCity)
			.flatMap(
					(parsed) -> find(
							new ServiceQuery(parsed.getT2().map(City::slug).orElse(null),
									parsed.getT1().getT2().orElse(null), minors, foreign, hasCapacity),
							parsed.getT1().getT1()));
	}

	@GetMapping("/api/directory/cities/nearest")
	Mono<NearestHelp> nearest(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "lang", required = false) String lang) {
		return Mono.fromCallable(() -> Language.of("lang", lang))
			.zipWith(Mono.fromCallable(() -> Optional.ofNullable(ServiceQuery.serviceType("type", type))))
			.zipWith(this.cities.resolve("from", from))
			.flatMap((parsed) -> nearestWith(parsed.getT2(), parsed.getT1().getT2().orElse(null),
					parsed.getT1().getT1()));
	}

	private Mono<List<ServiceEntry>> find(ServiceQuery query, Language language) {
		return this.catalog.services()
			.map((all) -> all.stream()
				.filter((listed) -> query.matches().test(listed.service()))
				.map((listed) -> ServiceEntry.of(this.catalog.hotline(listed, language), listed.service()))
				.toList());
	}

	/** The closest city (the origin itself at 0 km) with a local service of the type. */
	private Mono<NearestHelp> nearestWith(City from, ServiceType type, Language language) {
		return Mono.zip(this.cities.all(), find(new ServiceQuery(null, type, null, null, null), language))
			.map((loaded) -> loaded.getT1()
				.stream()
				.filter((city) -> loaded.getT2().stream().anyMatch((entry) -> city.slug().equals(entry.city())))
				.min(Comparator.comparingDouble(from::distanceKmTo))
				.map((city) -> new NearestHelp(from, city, Math.round(from.distanceKmTo(city)),
						loaded.getT2().stream().filter((entry) -> city.slug().equals(entry.city())).toList()))
				.orElseGet(() -> new NearestHelp(from, null, null, List.of())));
	}

	/**
	 * The nearest city with help.
	 *
	 * @param city {@code null} when no city has such a service (only the national
	 * hotlines remain)
	 */
	record NearestHelp(City from, City city, Long distanceKm, List<ServiceEntry> services) {

	}

}
