package org.senim.referral.directory;

import java.time.Instant;
import java.util.UUID;

import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.referral.system.CodeColumns;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The local replica of {@code directory.changes}: routing reads only this, so it keeps
 * working while the directory-service is down.
 */
@Repository
public class DirectoryReplica {

	private final DatabaseClient db;

	DirectoryReplica(DatabaseClient db) {
		this.db = db;
	}

	/** Every service that is active and takes referrals. */
	public Flux<ReplicaService> referralServices() {
		return this.db.sql("""
				SELECT service_id, organization_id, city, active, takes_referrals, accepts_minors,
				       accepts_foreigners, capacity_available
				FROM directory_service WHERE active = TRUE AND takes_referrals = TRUE
				ORDER BY city, organization_id, service_id""")
			.map((row, meta) -> new ReplicaService(row.get("service_id", UUID.class),
					row.get("organization_id", UUID.class), row.get("city", String.class),
					Boolean.TRUE.equals(row.get("active", Boolean.class)),
					Boolean.TRUE.equals(row.get("takes_referrals", Boolean.class)),
					Boolean.TRUE.equals(row.get("accepts_minors", Boolean.class)),
					Boolean.TRUE.equals(row.get("accepts_foreigners", Boolean.class)),
					row.get("capacity_available", Integer.class)))
			.all();
	}

	public Flux<ReplicaCity> cities() {
		return this.db.sql("SELECT slug, latitude, longitude FROM directory_city ORDER BY slug")
			.map((row, meta) -> new ReplicaCity(row.get("slug", String.class), row.get("latitude", Double.class),
					row.get("longitude", Double.class)))
			.all();
	}

	// Updates first, inserts when nothing was there: records of one key arrive in order
	// on one partition, so no two writers race for the same row.
	Mono<Void> upsert(DirectoryCityChanged city) {
		return bindCity(this.db.sql("""
				UPDATE directory_city SET name_en = :nameEn, region = :region, latitude = :latitude,
				       longitude = :longitude, changed_at = :changedAt WHERE slug = :slug"""), city).fetch()
			.rowsUpdated()
			.flatMap((updated) -> (updated > 0) ? Mono.empty() : bindCity(this.db.sql("""
					INSERT INTO directory_city (slug, name_en, region, latitude, longitude, changed_at)
					VALUES (:slug, :nameEn, :region, :latitude, :longitude, :changedAt)"""), city).then());
	}

	Mono<Void> upsert(DirectoryServiceChanged service) {
		return bindService(this.db.sql("""
				UPDATE directory_service SET organization_id = :organizationId,
				       organization_name = :organizationName, service_name = :serviceName, city = :city,
				       service_types = :serviceTypes, active = :active, takes_referrals = :takesReferrals,
				       accepts_minors = :acceptsMinors, accepts_foreigners = :acceptsForeigners,
				       capacity_available = :capacity, sample = :sample, changed_at = :changedAt
				WHERE service_id = :serviceId"""), service).fetch()
			.rowsUpdated()
			.flatMap((updated) -> (updated > 0) ? Mono.empty() : bindService(this.db.sql("""
					INSERT INTO directory_service (service_id, organization_id, organization_name, service_name,
					       city, service_types, active, takes_referrals, accepts_minors, accepts_foreigners,
					       capacity_available, sample, changed_at)
					VALUES (:serviceId, :organizationId, :organizationName, :serviceName, :city, :serviceTypes,
					       :active, :takesReferrals, :acceptsMinors, :acceptsForeigners, :capacity, :sample,
					       :changedAt)"""), service).then());
	}

	Mono<Void> deleteService(UUID serviceId) {
		return this.db.sql("DELETE FROM directory_service WHERE service_id = :serviceId")
			.bind("serviceId", serviceId)
			.then();
	}

	Mono<Void> deleteCity(String slug) {
		return this.db.sql("DELETE FROM directory_city WHERE slug = :slug").bind("slug", slug).then();
	}

	private static Instant changedAt(Instant changedAt) {
		return (changedAt != null) ? changedAt : Instant.now();
	}

	private static DatabaseClient.GenericExecuteSpec bindCity(DatabaseClient.GenericExecuteSpec spec,
			DirectoryCityChanged city) {
		DatabaseClient.GenericExecuteSpec bound = spec.bind("slug", city.slug())
			.bind("nameEn", (city.nameEn() != null) ? city.nameEn() : city.slug())
			.bind("latitude", city.latitude())
			.bind("longitude", city.longitude())
			.bind("changedAt", changedAt(city.changedAt()));
		return (city.region() != null) ? bound.bind("region", city.region()) : bound.bindNull("region", String.class);
	}

	private static DatabaseClient.GenericExecuteSpec bindService(DatabaseClient.GenericExecuteSpec spec,
			DirectoryServiceChanged service) {
		DatabaseClient.GenericExecuteSpec bound = spec.bind("serviceId", service.serviceId())
			.bind("organizationId", service.organizationId())
			.bind("organizationName", service.organizationName())
			.bind("serviceName", service.serviceName())
			.bind("city", service.city())
			.bind("serviceTypes", CodeColumns.joined(service.serviceTypes()))
			.bind("active", service.active())
			.bind("takesReferrals", service.takesReferrals())
			.bind("acceptsMinors", service.acceptsMinors())
			.bind("acceptsForeigners", service.acceptsForeigners())
			.bind("sample", service.sample())
			.bind("changedAt", changedAt(service.changedAt()));
		return (service.capacityAvailable() != null) ? bound.bind("capacity", service.capacityAvailable())
				: bound.bindNull("capacity", Integer.class);
	}

}
