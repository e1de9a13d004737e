package org.senim.referral.offer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralRerouted;
import org.senim.referral.alert.UnacceptedAlerts;
import org.senim.referral.directory.DirectoryReplica;
import org.senim.referral.outbox.Outbox;
import org.senim.referral.routing.OfferRouting;
import org.senim.referral.routing.OfferTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Moves a tip to its next tier (DESIGN.md §5) once none of its offers stands: offers of
 * organizations not accepted by {@code respondBy} become {@code REROUTED} with a
 * {@code referral.rerouted} event, and so does the last decline; then the tip is offered
 * in the nearest other city with a fitting service not offered yet, else the national
 * tier. Offers of the national tier do not expire: it is the last tier, and the
 * unaccepted alert watches it; once every offer there is declined the alert is raised at
 * once. Every step runs in the caller's transaction, through the outbox.
 */
@Component
class Rerouting {

	static final String EXPIRED = "Not accepted in time.";

	static final String ALL_DECLINED = "Every organization offered the tip declined it.";

	private static final Logger log = LoggerFactory.getLogger(Rerouting.class);

	private static final Set<ReferralStatus> STANDING = EnumSet.of(ReferralStatus.OFFERED, ReferralStatus.ACCEPTED,
			ReferralStatus.CLOSED);

	private final ReferralRepository referrals;

	private final DirectoryReplica directory;

	private final OfferRouting routing;

	private final Offers offers;

	private final Outbox outbox;

	private final TransactionalOperator transaction;

	private final ReferralProperties properties;

	private final UnacceptedAlerts alerts;

	Rerouting(ReferralRepository referrals, DirectoryReplica directory, OfferRouting routing, Offers offers,
			Outbox outbox, TransactionalOperator transaction, ReferralProperties properties, UnacceptedAlerts alerts) {
		this.referrals = referrals;
		this.directory = directory;
		this.routing = routing;
		this.offers = offers;
		this.outbox = outbox;
		this.transaction = transaction;
		this.properties = properties;
		this.alerts = alerts;
	}

	/**
	 * Claims the report's expired offers (a conditional update, so of several instances
	 * only one claims each) and re-routes the report if none stands, in one transaction.
	 * @return how many offers this call claimed
	 */
	Mono<Integer> expireOffers(UUID reportId, Instant now) {
		Mono<Integer> expiring = this.referrals.lockCase(reportId)
			.thenMany(this.referrals.findByReport(reportId))
			.filter((referral) -> referral.status() == ReferralStatus.OFFERED && referral.organizationId() != null
					&& !Topics.NATIONAL_TIER.equals(referral.city()) && !referral.respondBy().isAfter(now))
			.concatMap((referral) -> this.referrals
				.changeStatus(referral.id(), ReferralStatus.OFFERED, ReferralStatus.REROUTED, EXPIRED, now)
				.filter(Boolean::booleanValue)
				.map((claimed) -> referral))
			.collectList()
			.flatMap((claimed) -> claimed.isEmpty() ? Mono.just(0)
					: reroute(reportId, claimed, EXPIRED, true, now).thenReturn(claimed.size()));
		return this.transaction.transactional(expiring);
	}

	/** After a decline: if no offer of the report stands any more, re-routes it. */
	Mono<Void> rerouteIfNoneStands(Referral declined, String reason, Instant now) {
		return reroute(declined.reportId(), List.of(declined), reason, false, now);
	}

	/**
	 * @param left the offers that just stopped standing
	 * @param announceIfOthersStand whether they get a {@code referral.rerouted} even
	 * while another offer of the report still stands (an expired offer does, a decline
	 * not)
	 */
	private Mono<Void> reroute(UUID reportId, List<Referral> left, String reason, boolean announceIfOthersStand,
			Instant now) {
		return this.referrals.findByReport(reportId).collectList().flatMap((all) -> {
			List<Referral> standing = all.stream().filter((referral) -> STANDING.contains(referral.status())).toList();
			if (!standing.isEmpty()) {
				return announceIfOthersStand ? announce(left, standing.get(0).city(), reason, now) : Mono.empty();
			}
			Referral template = all.get(0);
			return nextTier(reportId, all).flatMap((targets) -> {
				String toTier = targets.isEmpty() ? Topics.NATIONAL_TIER : targets.get(0).city();
				Instant respondBy = now.plus(this.properties.offerTimeout());
				log.info("Report {} re-routed to {} ({} offers)", reportId, toTier, targets.size());
				Mono<Void> nobodyLeft = targets.isEmpty() ? this.alerts.raiseNow(reportId, now) : Mono.empty();
				return announce(left, toTier, reason, now).thenMany(Flux.fromIterable(targets))
					.concatMap((target) -> this.offers.offer(template.offeredTo(target, now, respondBy), target))
					.then(this.offers.reachedTier(reportId, targets, now))
					.then(nobodyLeft);
			});
		});
	}

	private Mono<List<OfferTarget>> nextTier(UUID reportId, List<Referral> all) {
		Set<String> cities = all.stream().map(Referral::city).collect(Collectors.toSet());
		Set<UUID> organizations = all.stream()
			.map(Referral::organizationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return Mono
			.zip(this.referrals.findCase(reportId), this.directory.referralServices().collectList(),
					this.directory.cities().collectList())
			.map((found) -> this.routing.nextTier(found.getT1(), cities, organizations, found.getT2(), found.getT3()))
			// A tip routed before its case was kept can still go to the national tier.
			.switchIfEmpty(Mono.fromSupplier(() -> cities.contains(Topics.NATIONAL_TIER) ? List.<OfferTarget>of()
					: List.of(OfferTarget.unclaimed())));
	}

	private Mono<Void> announce(List<Referral> left, String toTier, String reason, Instant now) {
		return Flux.fromIterable(left).concatMap((referral) -> {
			ReferralRerouted data = new ReferralRerouted(referral.id(), referral.reportId(), referral.city(),
					referral.organizationId(), toTier, reason, now);
			SenimEvent<ReferralRerouted> event = SenimEvent.of(EventType.REFERRAL_REROUTED, this.properties.source(),
					referral.id().toString(), data);
			return this.outbox.append(Topics.referralsOf(referral.city()), referral.id().toString(), event);
		}).then();
	}

}
