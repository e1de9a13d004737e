package org.senim.directory.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.directory.city.City;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneNumbers;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.DirectoryProperties;
import org.senim.directory.system.Language;
import org.senim.directory.system.Versions;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The active services of the directory, held in memory for the hotline finder: loaded at
 * startup and again after each change.
 */
@Component
public class HotlineCatalog {

	private static final Log log = LogFactory.getLog(HotlineCatalog.class);

	private static final Comparator<ListedService> REAL_FIRST = Comparator
		.comparing((ListedService listed) -> listed.service().sample())
		.thenComparing((listed) -> listed.service().name());

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	private final PhoneRepository phones;

	private final Clock clock;

	private final Duration staleAfter;

	private volatile Mono<Snapshot> snapshot;

	HotlineCatalog(ServiceRepository services, OrganizationRepository organizations, PhoneRepository phones,
			Clock clock, DirectoryProperties properties) {
		this.services = services;
		this.organizations = organizations;
		this.phones = phones;
		this.clock = clock;
		this.staleAfter = properties.staleAfter();
		this.snapshot = load();
	}

	/** The national hotlines and the city's services, in the given language. */
	Mono<Hotlines> hotlines(City city, Language language) {
		return this.snapshot.map((current) -> new Hotlines(city, view(current.national(), language),
				view(current.local().getOrDefault(city.slug(), List.of()), language)));
	}

	/** Every active service, national ones first, then by city with real ones first. */
	Mono<List<ListedService>> services() {
		return this.snapshot.map(Snapshot::all);
	}

	Mono<String> version() {
		return this.snapshot.map(Snapshot::version);
	}

	/** A tag that changes when the services change or a day passes (staleness). */
	Mono<String> version(City city, Language language) {
		return this.snapshot.map((current) -> current.version() + "-" + city.slug() + "-" + language.code() + "-"
				+ LocalDate.now(this.clock));
	}

	/** Reloads the services, e.g. after an admin change. */
	public Mono<Void> refresh() {
		Mono<Snapshot> reloaded = load();
		return reloaded.doOnNext((loaded) -> this.snapshot = reloaded).then();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.snapshot.subscribe((loaded) -> {
		}, (ex) -> log
			.warn("Could not load the services yet; the next request retries: " + ex.getClass().getSimpleName()));
	}

	private List<Hotline> view(List<ListedService> listed, Language language) {
		return listed.stream().map((entry) -> hotline(entry, language)).toList();
	}

	Hotline hotline(ListedService listed, Language language) {
		return listed.in(language, this.clock, this.staleAfter);
	}

	private Mono<Snapshot> load() {
		return Mono.defer(this::read)
			// a failed load is retried by the next caller instead of being cached
			.cache((loaded) -> Duration.ofMillis(Long.MAX_VALUE), (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	private Mono<Snapshot> read() {
		Mono<Map<UUID, OrganizationRow>> organizationsById = this.organizations.findAll()
			.collectMap(OrganizationRow::id, Function.identity());
		Mono<Map<UUID, PhoneRow>> phoneByService = this.phones.findAll(Sort.by("id"))
			.filter(HotlineCatalog::dialable)
			.collectMap(PhoneRow::serviceId, Function.identity(), LinkedHashMap::new);
		Mono<List<ServiceRow>> active = this.services.findAll(Sort.by("id")).filter(ServiceRow::active).collectList();
		return Mono.zip(active, organizationsById, phoneByService)
			.map((loaded) -> Snapshot.of(loaded.getT1()
				.stream()
				.map((service) -> new ListedService(service, loaded.getT2().get(service.organizationId()),
						loaded.getT3().get(service.id())))
				.toList()));
	}

	/** Never show a number people cannot dial: each phone must pass libphonenumber. */
	private static boolean dialable(PhoneRow phone) {
		boolean valid = PhoneNumbers.normalize(phone.dial())
			.filter((number) -> number.shortCode() == phone.shortCode())
			.filter((number) -> phone.shortCode() ? number.value().equals(phone.dial())
					: number.value().equals(phone.e164()))
			.isPresent();
		if (!valid) {
			log.warn("Phone " + phone.id() + " is not a dialable number in Kazakhstan; it is not shown");
		}
		return valid;
	}

	private record Snapshot(List<ListedService> national, Map<String, List<ListedService>> local, String version) {

		List<ListedService> all() {
			return Stream
				.concat(this.national.stream(), new TreeMap<>(this.local).values().stream().flatMap(List::stream))
				.toList();
		}

		static Snapshot of(List<ListedService> listed) {
			// The real national hotlines before any sample one of the local stack.
			List<ListedService> national = listed.stream()
				.filter((entry) -> entry.service().national())
				.sorted(Comparator.comparing((ListedService entry) -> entry.service().sample())
					.thenComparing((entry) -> entry.service().id()))
				.toList();
			Map<String, List<ListedService>> local = listed.stream()
				.filter((entry) -> !entry.service().national())
				.sorted(REAL_FIRST)
				.collect(Collectors.groupingBy((entry) -> entry.service().citySlug(), Collectors.toList()));
			return new Snapshot(national, local, Versions.of(listed));
		}

	}

}
