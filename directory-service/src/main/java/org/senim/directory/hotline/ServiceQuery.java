package org.senim.directory.hotline;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

import org.senim.contracts.codes.ServiceType;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.InvalidRequestException;

/**
 * Filters of the service search; {@code null} means "any".
 *
 * @param citySlug services of this city only (national services have no city)
 * @param minors {@code true}: only services that accept minors
 * @param foreign {@code true}: only services that accept foreign nationals
 * @param hasCapacity {@code true}: only services that report free places
 */
record ServiceQuery(String citySlug, ServiceType type, Boolean minors, Boolean foreign, Boolean hasCapacity) {

	static ServiceType serviceType(String field, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return Arrays.stream(ServiceType.values())
			.filter((type) -> type.name().equals(code.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException(field,
					"must be one of " + Arrays.toString(ServiceType.values())));
	}

	Predicate<ServiceRow> matches() {
		return (row) -> (this.citySlug == null || this.citySlug.equals(row.citySlug()))
				&& (this.type == null || row.serviceTypeList().contains(this.type))
				&& (!Boolean.TRUE.equals(this.minors) || row.acceptsMinors())
				&& (!Boolean.TRUE.equals(this.foreign) || row.acceptsForeigners())
				&& (!Boolean.TRUE.equals(this.hasCapacity)
						|| (row.capacityAvailable() != null && row.capacityAvailable() > 0));
	}

}
