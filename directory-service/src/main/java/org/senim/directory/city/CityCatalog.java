package org.senim.directory.city;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.Versions;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The cities of the directory, held in memory: loaded from the database at startup and
 * again after each change, served with a version for HTTP caching.
 */
@Component
public class CityCatalog {

	private static final Log log = LogFactory.getLog(CityCatalog.class);

	static final int MAX_QUERY_LENGTH = 100;

	private static final int SUGGESTIONS = 3;

	private final CityRepository cities;

	private final CityAliasRepository aliases;

	private volatile Mono<Snapshot> snapshot;

	CityCatalog(CityRepository cities, CityAliasRepository aliases) {
		this.cities = cities;
		this.aliases = aliases;
		this.snapshot = load();
	}

	/** The cities with their aliases, as the change feed publishes them. */
	public Mono<List<KnownCity>> knownCities() {
		return this.snapshot.map(Snapshot::known);
	}

	public Mono<List<City>> all() {
		return this.snapshot.map(Snapshot::cities);
	}

	/** A short tag that changes whenever the cities change (for ETags). */
	public Mono<String> version() {
		return this.snapshot.map(Snapshot::version);
	}

	/**
	 * The city a request parameter names.
	 * @throws InvalidRequestException (as an error signal) if the parameter is blank or
	 * too long
	 * @throws UnknownCityException (as an error signal) if no city matches
	 */
	public Mono<City> resolve(String field, String text) {
		if (text == null || text.isBlank()) {
			return Mono.error(new InvalidRequestException(field, "must not be blank"));
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			return Mono
				.error(new InvalidRequestException(field, "must be at most " + MAX_QUERY_LENGTH + " characters"));
		}
		return this.snapshot.flatMap((current) -> current.resolver()
			.resolve(text)
			.map(Mono::just)
			.orElseGet(() -> Mono.error(new UnknownCityException(current.resolver().closest(text, SUGGESTIONS)))));
	}

	/** Reloads the cities, e.g. after an admin change. */
	public Mono<Void> refresh() {
		Mono<Snapshot> reloaded = load();
		return reloaded.doOnNext((loaded) -> this.snapshot = reloaded).then();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.snapshot.subscribe((loaded) -> {
		}, (ex) -> log
			.warn("Could not load the cities yet; the next request retries: " + ex.getClass().getSimpleName()));
	}

	private Mono<Snapshot> load() {
		return Mono.defer(this::read)
			// a failed load is retried by the next caller instead of being cached
			.cache((loaded) -> Duration.ofMillis(Long.MAX_VALUE), (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	private Mono<Snapshot> read() {
		Mono<Map<String, List<String>>> aliasesByCity = this.aliases.findAll(Sort.by("alias"))
			.collect(Collectors.groupingBy(CityAliasRow::citySlug,
					Collectors.mapping(CityAliasRow::alias, Collectors.toList())));
		Mono<List<CityRow>> rows = this.cities.findAll(Sort.by("slug")).collectList();
		return Mono.zip(rows, aliasesByCity).map((loaded) -> Snapshot.of(loaded.getT1(), loaded.getT2()));
	}

	private record Snapshot(List<KnownCity> known, List<City> cities, CityResolver resolver, String version) {

		static Snapshot of(List<CityRow> rows, Map<String, List<String>> aliases) {
			List<KnownCity> known = rows.stream()
				.map((row) -> new KnownCity(row.toCity(), aliases.getOrDefault(row.slug(), List.of())))
				.toList();
			List<City> cities = known.stream().map(KnownCity::city).toList();
			return new Snapshot(known, cities, new CityResolver(known), Versions.of(known));
		}

	}

}
