package org.senim.referral.routing;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.referral.directory.ReplicaCity;
import org.senim.referral.directory.ReplicaService;

import static org.assertj.core.api.Assertions.assertThat;

class OfferRoutingTests {

	private static final List<ReplicaCity> CITIES = List.of(new ReplicaCity("almaty", 43.238, 76.945),
			new ReplicaCity("shymkent", 42.317, 69.596), new ReplicaCity("taraz", 42.900, 71.378),
			new ReplicaCity("astana", 51.128, 71.431));

	private final OfferRouting routing = new OfferRouting();

	@Test
	void offersTipToEveryFittingOrganizationOfItsCity() {
		ReplicaService first = service("almaty", true, true, 2);
		ReplicaService second = service("almaty", false, false, null);
		ReplicaService elsewhere = service("shymkent", true, true, 5);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("almaty", false, false),
				List.of(first, second, elsewhere), CITIES);

		assertThat(targets).extracting(OfferTarget::organizationId)
			.containsExactlyInAnyOrder(first.organizationId(), second.organizationId());
		assertThat(targets).extracting(OfferTarget::topic).containsOnly("referrals.almaty");
	}

	@Test
	void offersServicesWithFreeCapacityFirst() {
		ReplicaService full = service("almaty", true, true, 0);
		ReplicaService unknown = service("almaty", true, true, null);
		ReplicaService free = service("almaty", true, true, 3);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("almaty", false, false),
				List.of(full, unknown, free), CITIES);

		assertThat(targets).extracting(OfferTarget::serviceId)
			.containsExactly(free.serviceId(), unknown.serviceId(), full.serviceId());
	}

	@Test
	void makesOneOfferPerOrganization() {
		UUID organization = UUID.randomUUID();
		ReplicaService shelterFull = new ReplicaService(UUID.randomUUID(), organization, "almaty", true, true, true,
				true, 0);
		ReplicaService shelterFree = new ReplicaService(UUID.randomUUID(), organization, "almaty", true, true, true,
				true, 4);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("almaty", false, false),
				List.of(shelterFull, shelterFree), CITIES);

		assertThat(targets).singleElement()
			.satisfies((target) -> assertThat(target.serviceId()).isEqualTo(shelterFree.serviceId()));
	}

	@Test
	void offersTipWithMinorsOnlyToServicesForChildren() {
		ReplicaService forChildren = service("almaty", true, false, 1);
		ReplicaService adultsOnly = service("almaty", false, true, 1);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("almaty", true, false),
				List.of(forChildren, adultsOnly), CITIES);

		assertThat(targets).extracting(OfferTarget::organizationId).containsExactly(forChildren.organizationId());
	}

	@Test
	void offersTipWithForeignVictimsOnlyToServicesForForeigners() {
		ReplicaService citizensOnly = service("almaty", true, false, 1);
		ReplicaService forForeigners = service("almaty", false, true, 1);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("almaty", false, true),
				List.of(citizensOnly, forForeigners), CITIES);

		assertThat(targets).extracting(OfferTarget::organizationId).containsExactly(forForeigners.organizationId());
	}

	@Test
	void ignoresInactiveServicesAndServicesNotTakingReferrals() {
		ReplicaService inactive = new ReplicaService(UUID.randomUUID(), UUID.randomUUID(), "almaty", false, true, true,
				true, 1);
		ReplicaService noReferrals = new ReplicaService(UUID.randomUUID(), UUID.randomUUID(), "almaty", true, false,
				true, true, 1);
		ReplicaService nearby = service("taraz", true, true, 1);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("almaty", false, false),
				List.of(inactive, noReferrals, nearby), CITIES);

		assertThat(targets).extracting(OfferTarget::city).containsExactly("taraz");
	}

	@Test
	void offersTipToNearestCityWithFittingServiceWhenItsCityHasNone() {
		ReplicaService inAlmaty = service("almaty", true, true, 1);
		ReplicaService inShymkent = service("shymkent", true, true, 1);
		ReplicaService inAstanaForAdults = service("astana", false, true, 1);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("taraz", true, false),
				List.of(inAlmaty, inShymkent, inAstanaForAdults), CITIES);

		assertThat(targets).singleElement().satisfies((target) -> {
			assertThat(target.organizationId()).isEqualTo(inShymkent.organizationId());
			assertThat(target.topic()).isEqualTo("referrals.shymkent");
		});
	}

	@Test
	void offersTipToNationalTierWhenNoCityHasFittingService() {
		ReplicaService adultsOnly = service("shymkent", false, true, 1);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("taraz", true, false), List.of(adultsOnly),
				CITIES);

		assertThat(targets).containsExactly(OfferTarget.unclaimed());
		assertThat(targets.get(0).topic()).isEqualTo("referrals.national");
		assertThat(targets.get(0).organizationId()).isNull();
	}

	@Test
	void offersTipFromCityMissingInReplicaToNationalTier() {
		ReplicaService inAlmaty = service("almaty", true, true, 1);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("aktau", false, false), List.of(inAlmaty),
				CITIES);

		assertThat(targets).containsExactly(OfferTarget.unclaimed());
	}

	@Test
	void measuresGreatCircleDistance() {
		double almatyToAstana = OfferRouting.distanceKm(CITIES.get(0), CITIES.get(3));

		assertThat(almatyToAstana).isBetween(960.0, 980.0);
	}

	@Test
	void reroutesOnceToTheNearestOtherCityThenToTheNationalTier() {
		ReplicaService almaty = service("almaty", true, true, 1);
		ReplicaService taraz = service("taraz", true, true, 1);
		ReplicaService shymkent = service("shymkent", true, true, 1);

		List<OfferTarget> next = this.routing.nextTier(new RoutingCase("almaty", false, false), Set.of("almaty"),
				Set.of(almaty.organizationId()), List.of(almaty, taraz, shymkent), CITIES);
		List<OfferTarget> after = this.routing.nextTier(new RoutingCase("almaty", false, false),
				Set.of("almaty", "taraz"), Set.of(almaty.organizationId(), taraz.organizationId()),
				List.of(almaty, taraz, shymkent), CITIES);

		assertThat(next).extracting(OfferTarget::organizationId).containsExactly(taraz.organizationId());
		assertThat(after).as("not Shymkent, the next nearest: the national tier")
			.containsExactly(OfferTarget.unclaimed());
	}

	@Test
	void reroutesOnlyToServicesFittingTheCase() {
		ReplicaService adultsOnly = service("taraz", false, true, 1);
		ReplicaService forChildren = service("astana", true, true, 1);

		List<OfferTarget> next = this.routing.nextTier(new RoutingCase("almaty", true, false), Set.of("almaty"),
				Set.of(), List.of(adultsOnly, forChildren), CITIES);

		assertThat(next).extracting(OfferTarget::organizationId).containsExactly(forChildren.organizationId());
	}

	@Test
	void skipsOrganizationsOfferedTheTipAlready() {
		ReplicaService tarazBranch = service("taraz", true, true, 1);

		List<OfferTarget> next = this.routing.nextTier(new RoutingCase("almaty", false, false), Set.of("almaty"),
				Set.of(tarazBranch.organizationId()), List.of(tarazBranch), CITIES);

		assertThat(next).containsExactly(OfferTarget.unclaimed());
	}

	@Test
	void reroutesToNationalTierOnceNoCityIsLeftThenNowhere() {
		ReplicaService almaty = service("almaty", true, true, 1);

		List<OfferTarget> toNational = this.routing.nextTier(new RoutingCase("almaty", false, false), Set.of("almaty"),
				Set.of(almaty.organizationId()), List.of(almaty), CITIES);
		List<OfferTarget> afterNational = this.routing.nextTier(new RoutingCase("almaty", false, false),
				Set.of("almaty", "national"), Set.of(almaty.organizationId()), List.of(almaty), CITIES);

		assertThat(toNational).containsExactly(OfferTarget.unclaimed());
		assertThat(afterNational).isEmpty();
	}

	@Test
	void offersTipToNationalOrganizationsWhenNoCityHasFittingService() {
		ReplicaService adultsOnly = service("shymkent", false, true, 1);
		ReplicaService nationalHelpLine = service("national", true, true, null);
		ReplicaService nationalShelter = service("national", true, false, 2);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("taraz", true, false),
				List.of(adultsOnly, nationalHelpLine, nationalShelter), CITIES);

		assertThat(targets).extracting(OfferTarget::organizationId)
			.containsExactly(nationalShelter.organizationId(), nationalHelpLine.organizationId());
		assertThat(targets).allSatisfy((target) -> {
			assertThat(target.topic()).isEqualTo("referrals.national");
			assertThat(target.isNationalTier()).isTrue();
			assertThat(target.isUnclaimed()).isFalse();
		});
	}

	@Test
	void offersNationalTierOnlyToNationalServicesFittingTheCase() {
		ReplicaService adultsOnly = service("national", false, true, 5);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("taraz", true, false), List.of(adultsOnly),
				CITIES);

		assertThat(targets).containsExactly(OfferTarget.unclaimed());
	}

	@Test
	void offersNationalServiceWithFreeCapacityOfAnOrganizationFirst() {
		UUID organization = UUID.randomUUID();
		ReplicaService full = new ReplicaService(UUID.randomUUID(), organization, "national", true, true, true, true,
				0);
		ReplicaService free = new ReplicaService(UUID.randomUUID(), organization, "national", true, true, true, true,
				3);

		List<OfferTarget> targets = this.routing.route(new RoutingCase("aktau", false, false), List.of(full, free),
				CITIES);

		assertThat(targets).containsExactly(new OfferTarget(organization, free.serviceId(), "national"));
	}

	@Test
	void keepsNationalServicesOutOfCityTiers() {
		ReplicaService national = service("national", true, true, 1);
		ReplicaService shymkent = service("shymkent", true, true, 1);

		List<OfferTarget> first = this.routing.route(new RoutingCase("almaty", false, false),
				List.of(national, shymkent), CITIES);
		List<OfferTarget> next = this.routing.nextTier(new RoutingCase("almaty", false, false), Set.of("almaty"),
				Set.of(), List.of(national, shymkent), CITIES);

		assertThat(first).extracting(OfferTarget::organizationId).containsExactly(shymkent.organizationId());
		assertThat(next).extracting(OfferTarget::organizationId).containsExactly(shymkent.organizationId());
	}

	@Test
	void reroutesToNationalOrganizationsNotOfferedYetThenNowhere() {
		ReplicaService almaty = service("almaty", true, true, 1);
		ReplicaService national = service("national", true, true, null);

		List<OfferTarget> toNational = this.routing.nextTier(new RoutingCase("almaty", false, false), Set.of("almaty"),
				Set.of(almaty.organizationId()), List.of(almaty, national), CITIES);
		List<OfferTarget> afterNational = this.routing.nextTier(new RoutingCase("almaty", false, false),
				Set.of("almaty", "national"), Set.of(almaty.organizationId(), national.organizationId()),
				List.of(almaty, national), CITIES);

		assertThat(toNational)
			.containsExactly(new OfferTarget(national.organizationId(), national.serviceId(), "national"));
		assertThat(afterNational).isEmpty();
	}

	private static ReplicaService service(String city, boolean acceptsMinors, boolean acceptsForeigners,
			Integer capacity) {
		return new ReplicaService(UUID.randomUUID(), UUID.randomUUID(), city, true, true, acceptsMinors,
				acceptsForeigners, capacity);
	}

}
