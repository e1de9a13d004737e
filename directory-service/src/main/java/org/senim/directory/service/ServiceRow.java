package org.senim.directory.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ServiceType;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service (HSDS {@code service}) with the Kazakhstan profile: city, eligibility,
 * capacity. {@code citySlug} is {@code null} for a national service.
 */
@Table("service")
public record ServiceRow(@Id @Column("id") UUID id, @Column("organization_id") UUID organizationId,
		@Column("name") String name, @Column("name_ru") String nameRu, @Column("name_kk") String nameKk,
		@Column("description") String description, @Column("city_slug") String citySlug,
		@Column("status") String status, @Column("takes_referrals") boolean takesReferrals,
		@Column("accepts_minors") boolean acceptsMinors, @Column("accepts_foreigners") boolean acceptsForeigners,
		@Column("gender_eligibility") String genderEligibility, @Column("capacity_available") Integer capacityAvailable,
		@Column("capacity_maximum") Integer capacityMaximum, @Column("capacity_updated") OffsetDateTime capacityUpdated,
		@Column("service_types") String serviceTypes, @Column("sample") boolean sample, @Column("source") String source,
		@Column("assured_date") LocalDate assuredDate, @Column("hours") String hours,
		@Column("languages") String languages, @Column("last_modified") OffsetDateTime lastModified) {

	public static final String ACTIVE = "active";

	/** The status of a retired service or organization. */
	public static final String RETIRED = "inactive";

	public boolean active() {
		return ACTIVE.equals(this.status);
	}

	public ServiceRow withStatus(String newStatus) {
		return new ServiceRow(this.id, this.organizationId, this.name, this.nameRu, this.nameKk, this.description,
				this.citySlug, newStatus, this.takesReferrals, this.acceptsMinors, this.acceptsForeigners,
				this.genderEligibility, this.capacityAvailable, this.capacityMaximum, this.capacityUpdated,
				this.serviceTypes, this.sample, this.source, this.assuredDate, this.hours, this.languages,
				this.lastModified);
	}

	public ServiceRow withCapacity(int available, int maximum, OffsetDateTime updated) {
		return new ServiceRow(this.id, this.organizationId, this.name, this.nameRu, this.nameKk, this.description,
				this.citySlug, this.status, this.takesReferrals, this.acceptsMinors, this.acceptsForeigners,
				this.genderEligibility, available, maximum, updated, this.serviceTypes, this.sample, this.source,
				this.assuredDate, this.hours, this.languages, this.lastModified);
	}

	public ServiceRow withAssuredDate(LocalDate date) {
		return new ServiceRow(this.id, this.organizationId, this.name, this.nameRu, this.nameKk, this.description,
				this.citySlug, this.status, this.takesReferrals, this.acceptsMinors, this.acceptsForeigners,
				this.genderEligibility, this.capacityAvailable, this.capacityMaximum, this.capacityUpdated,
				this.serviceTypes, this.sample, this.source, date, this.hours, this.languages, this.lastModified);
	}

	public boolean national() {
		return this.citySlug == null;
	}

	public List<ServiceType> serviceTypeList() {
		return split(this.serviceTypes).stream().map(ServiceType::valueOf).toList();
	}

	public List<String> languageList() {
		return split(this.languages);
	}

	private static List<String> split(String csv) {
		if (csv == null || csv.isBlank()) {
			return List.of();
		}
		return Arrays.stream(csv.split(",")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}
