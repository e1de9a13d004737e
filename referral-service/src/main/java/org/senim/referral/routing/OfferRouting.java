package org.senim.referral.routing;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.senim.contracts.Topics;
import org.senim.referral.directory.ReplicaCity;
import org.senim.referral.directory.ReplicaService;

import org.springframework.stereotype.Component;

/**
 * Chooses who is offered a tip (DESIGN.md §5): every fitting service of the tip's city,
 * one offer per organization, those with free capacity first; a city with none → the
 * nearest city that has one → the national tier: the fitting services of national
 * organizations (city {@code national} in {@code directory.changes}), chosen the same
 * way; with none of those, one offer to no organization
 * ({@link OfferTarget#unclaimed()}), which raises the unaccepted alert at once.
 */
@Component
public class OfferRouting {

	private static final double EARTH_RADIUS_KM = 6371.0;

	// Free places first, then services that do not report capacity, full ones last.
	private static final Comparator<ReplicaService> CAPACITY_FIRST = Comparator.comparingInt(
			(ReplicaService service) -> service.hasFreeCapacity() ? 0 : (service.capacityAvailable() == null) ? 1 : 2)
		.thenComparing((service) -> -((service.capacityAvailable() != null) ? service.capacityAvailable() : 0));

	public List<OfferTarget> route(RoutingCase tip, Collection<ReplicaService> services,
			Collection<ReplicaCity> cities) {
		Map<String, List<ReplicaService>> fittingByCity = services.stream()
			.filter((service) -> fits(service, tip) && !service.national())
			.collect(Collectors.groupingBy(ReplicaService::city));
		List<ReplicaService> local = fittingByCity.get(tip.city());
		if (local != null) {
			return onePerOrganization(local);
		}
		return nearestCityWithHelp(tip.city(), fittingByCity.keySet(), cities)
			.map((city) -> onePerOrganization(fittingByCity.get(city)))
			.orElseGet(() -> nationalTier(tip, services, Set.of()));
	}

	/**
	 * The next tier of a tip whose offers all expired or were declined: from the tip's
	 * own city, the nearest other city with a fitting service not offered yet, one offer
	 * per organization not offered yet; after that city (or when there is none), the
	 * national tier; nothing if that was offered too.
	 * @param offeredCities the cities (and {@code national}) the tip was offered in
	 * @param offeredOrganizations the organizations it was offered to
	 */
	public List<OfferTarget> nextTier(RoutingCase tip, Set<String> offeredCities, Set<UUID> offeredOrganizations,
			Collection<ReplicaService> services, Collection<ReplicaCity> cities) {
		Map<String, List<ReplicaService>> fittingByCity = services.stream()
			.filter((service) -> fits(service, tip) && !service.national())
			.filter((service) -> !service.city().equals(tip.city()) && !offeredCities.contains(service.city()))
			.filter((service) -> !offeredOrganizations.contains(service.organizationId()))
			.collect(Collectors.groupingBy(ReplicaService::city));
		// Three tiers (DESIGN.md §5): the tip's city, the nearest city with help, the
		// national
		// organizations; a tip does not wander from city to city for hours before them.
		boolean nearestCityTried = offeredCities.stream()
			.anyMatch((city) -> !city.equals(tip.city()) && !city.equals(Topics.NATIONAL_TIER));
		Optional<String> next = nearestCityTried ? Optional.empty()
				: nearestCityWithHelp(tip.city(), fittingByCity.keySet(), cities);
		if (next.isPresent()) {
			return onePerOrganization(fittingByCity.get(next.get()));
		}
		return offeredCities.contains(Topics.NATIONAL_TIER) ? List.of()
				: nationalTier(tip, services, offeredOrganizations);
	}

	/**
	 * The last tier: one offer per national organization with a fitting service (not
	 * offered the tip yet), else one offer to no organization.
	 */
	private static List<OfferTarget> nationalTier(RoutingCase tip, Collection<ReplicaService> services,
			Set<UUID> offeredOrganizations) {
		List<ReplicaService> national = services.stream()
			.filter((service) -> service.national() && fits(service, tip))
			.filter((service) -> !offeredOrganizations.contains(service.organizationId()))
			.toList();
		return national.isEmpty() ? List.of(OfferTarget.unclaimed()) : onePerOrganization(national);
	}

	static boolean fits(ReplicaService service, RoutingCase tip) {
		return service.active() && service.takesReferrals() && (!tip.minorsInvolved() || service.acceptsMinors())
				&& (!tip.foreignVictims() || service.acceptsForeigners());
	}

	private static List<OfferTarget> onePerOrganization(List<ReplicaService> services) {
		Map<Object, OfferTarget> byOrganization = new LinkedHashMap<>();
		services.stream()
			.sorted(CAPACITY_FIRST)
			.forEach((service) -> byOrganization.putIfAbsent(service.organizationId(),
					new OfferTarget(service.organizationId(), service.serviceId(), service.city())));
		return List.copyOf(byOrganization.values());
	}

	private static Optional<String> nearestCityWithHelp(String origin, Collection<String> citiesWithHelp,
			Collection<ReplicaCity> cities) {
		Map<String, ReplicaCity> bySlug = cities.stream()
			.collect(Collectors.toMap(ReplicaCity::slug, (city) -> city, (a, b) -> a));
		ReplicaCity from = bySlug.get(origin);
		if (from == null) {
			return Optional.empty();
		}
		return citiesWithHelp.stream()
			.map(bySlug::get)
			.filter((city) -> city != null)
			.min(Comparator.comparingDouble((ReplicaCity city) -> distanceKm(from, city))
				.thenComparing(ReplicaCity::slug))
			.map(ReplicaCity::slug);
	}

	/** Great-circle distance by the haversine formula. */
	static double distanceKm(ReplicaCity a, ReplicaCity b) {
		double dLat = Math.toRadians(b.latitude() - a.latitude());
		double dLon = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
				* Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
	}

}
