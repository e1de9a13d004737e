package org.senim.referral.offer;

import java.time.Instant;
import java.util.UUID;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.TipStatusChanged;
import org.senim.contracts.events.TipStatusChanged.TipStatus;
import org.senim.referral.outbox.Outbox;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Tells the tipster's mailbox where a tip stands: {@code referral.status-changed} on
 * {@code referrals.status} keyed by report id, in the caller's transaction. Never names
 * an organization or a worker.
 */
@Component
class TipStatusEvents {

	private final Outbox outbox;

	private final ReferralProperties properties;

	TipStatusEvents(Outbox outbox, ReferralProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	Mono<Void> changed(UUID reportId, TipStatus status, Instant now) {
		SenimEvent<TipStatusChanged> event = SenimEvent.of(EventType.REFERRAL_STATUS_CHANGED, this.properties.source(),
				reportId.toString(), new TipStatusChanged(reportId, status, now));
		return this.outbox.append(Topics.REFERRALS_STATUS, reportId.toString(), event);
	}

}
