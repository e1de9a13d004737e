package org.senim.directory.hsds;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.senim.contracts.Topics;
import org.senim.directory.city.City;
import org.senim.directory.service.ServiceRow;

/**
 * HSDS {@code service_at_location}: one per service, the location being its city (a
 * virtual, nationwide location for a national service). The directory stores no street
 * addresses, so a city location carries the city's centre.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HsdsServiceAtLocation(UUID id, @JsonProperty("service_id") UUID serviceId,
		@JsonProperty("location_id") UUID locationId, String description, Location location) {

	static HsdsServiceAtLocation of(ServiceRow service, City city) {
		Location location = (city != null)
				? new Location(SenimTaxonomy.uuid("location:" + city.slug()), "physical", city.names().en(),
						city.slug(), "City of " + city.names().en() + ", " + city.region(), city.latitude(),
						city.longitude())
				: new Location(SenimTaxonomy.uuid("location:" + Topics.NATIONAL_TIER), "virtual", "Kazakhstan",
						Topics.NATIONAL_TIER, "Nationwide: reachable from every city of Kazakhstan", null, null);
		return new HsdsServiceAtLocation(id(service.id()), service.id(), location.id(),
				service.name() + " in " + location.name(), location);
	}

	static UUID id(UUID serviceId) {
		return SenimTaxonomy.uuid("service-at-location:" + serviceId);
	}

	/** HSDS {@code location} of the Kazakhstan profile: {@code city} is the city slug. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Location(UUID id, @JsonProperty("location_type") String locationType, String name, String city,
			String description, Double latitude, Double longitude) {

	}

}
