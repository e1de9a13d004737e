package org.senim.directory.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.directory.city.City;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.city.KnownCity;
import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.ServiceRepository;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.DirectoryProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The change feed: writes the current state of every city and every service to the
 * outbox, in one transaction, so consumers of the compacted {@code directory.changes}
 * topic can rebuild their replicas. Runs at startup; admin changes append the new state
 * of each affected service, a retired one as a tombstone (key = service id, no value).
 */
@Component
public class DirectoryChanges {

	private static final Log log = LogFactory.getLog(DirectoryChanges.class);

	private final CityCatalog cities;

	private final ServiceRepository services;

	private final OrganizationRepository organizations;

	private final Outbox outbox;

	private final OutboxSignal signal;

	private final TransactionalOperator transaction;

	private final DirectoryProperties properties;

	private final Clock clock;

	DirectoryChanges(CityCatalog cities, ServiceRepository services, OrganizationRepository organizations,
			Outbox outbox, OutboxSignal signal, TransactionalOperator transaction, DirectoryProperties properties,
			Clock clock) {
		this.cities = cities;
		this.services = services;
		this.organizations = organizations;
		this.outbox = outbox;
		this.signal = signal;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	/** Writes a snapshot of the whole directory to the outbox and wakes the relay. */
	public Mono<Void> publishSnapshot() {
		Instant now = this.clock.instant();
		return this.transaction.transactional(appendCities(now).then(appendServices(now)))
			.doOnSuccess((done) -> this.signal.wake());
	}

	/**
	 * Appends the current state of each given service to the outbox, inside the caller's
	 * transaction: its {@link DirectoryServiceChanged}, or a tombstone when the service
	 * or its organization is retired. Call {@link #committed()} after the commit.
	 */
	public Mono<Void> appendServices(Collection<UUID> serviceIds) {
		Instant now = this.clock.instant();
		return Flux.fromIterable(serviceIds)
			.distinct()
			.sort()
			.concatMap((id) -> this.services.findById(id)
				.flatMap((service) -> this.organizations.findById(service.organizationId())
					.flatMap((organization) -> appendService(service, organization, now))))
			.then();
	}

	/** Wakes the relay after a transaction that appended changes committed. */
	public void committed() {
		this.signal.wake();
	}

	private Mono<Void> appendService(ServiceRow service, OrganizationRow organization, Instant now) {
		String key = service.id().toString();
		if (!listed(service, organization)) {
			return this.outbox.appendTombstone(Topics.DIRECTORY_CHANGES, key);
		}
		return append(EventType.DIRECTORY_SERVICE, key,
				serviceChanged(service, Map.of(organization.id(), organization), now));
	}

	/** Retired services (or services of a retired organization) are not on the feed. */
	private static boolean listed(ServiceRow service, OrganizationRow organization) {
		return service.active() && organization.active();
	}

	@EventListener(ApplicationReadyEvent.class)
	void publishSnapshotOnStartup() {
		publishSnapshot().retryWhen(Retry.backoff(5, Duration.ofSeconds(1))).subscribe((done) -> {
		}, (ex) -> log.error("Could not write the directory snapshot to the outbox", ex),
				() -> log.info("Directory snapshot written to the outbox"));
	}

	private Mono<Void> appendCities(Instant now) {
		return this.cities.knownCities()
			.flatMapMany(Flux::fromIterable)
			.concatMap((known) -> append(EventType.DIRECTORY_CITY, known.city().slug(), cityChanged(known, now)))
			.then();
	}

	private Mono<Void> appendServices(Instant now) {
		return this.organizations.findAll()
			.collectMap(OrganizationRow::id, Function.identity())
			.flatMapMany((organizationsById) -> this.services.findAll(Sort.by("id"))
				.filter((service) -> listed(service, organizationsById.get(service.organizationId())))
				.concatMap((service) -> append(EventType.DIRECTORY_SERVICE, service.id().toString(),
						serviceChanged(service, organizationsById, now))))
			.then();
	}

	private <T> Mono<Void> append(EventType<T> type, String key, T data) {
		SenimEvent<T> event = SenimEvent.of(type, this.properties.eventSource(), key, data);
		return this.outbox.append(Topics.DIRECTORY_CHANGES, key, event);
	}

	private static DirectoryCityChanged cityChanged(KnownCity known, Instant now) {
		City city = known.city();
		return new DirectoryCityChanged(city.slug(), city.names().en(), city.names().ru(), city.names().kk(),
				city.region(), city.latitude(), city.longitude(), known.aliases(), now);
	}

	/**
	 * National services carry the national tier ({@link Topics#NATIONAL_TIER}) as city.
	 */
	private static DirectoryServiceChanged serviceChanged(ServiceRow service, Map<UUID, OrganizationRow> organizations,
			Instant now) {
		OrganizationRow organization = organizations.get(service.organizationId());
		return new DirectoryServiceChanged(service.id(), service.organizationId(), organization.name(), service.name(),
				service.national() ? Topics.NATIONAL_TIER : service.citySlug(), service.serviceTypeList(),
				service.active(), service.takesReferrals(), service.acceptsMinors(), service.acceptsForeigners(),
				service.capacityAvailable(), service.sample() || organization.sample(), now);
	}

}
