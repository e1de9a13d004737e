package org.senim.contracts.cloudevents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.senim.contracts.events.CaseworkerMessageSent;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.contracts.events.EscalationAcknowledged;
import org.senim.contracts.events.EscalationRaised;
import org.senim.contracts.events.ReferralMessageReceived;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReferralRerouted;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipStatusChanged;
import org.senim.contracts.events.TipsterMessageSent;

/**
 * A CloudEvent {@code type} ({@code org.senim.<event>.v1}) bound to the Java record of
 * its {@code data}. An event whose free text became {@code EncryptedText} has {@code v2}
 * (docs/security.md, crypto-shredding); its {@code v1} is retired, a {@code v1} record is
 * of an unknown type.
 */
public record EventType<T>(String type, Class<T> dataClass) {

	public static final EventType<ReportSubmitted> REPORT_SUBMITTED = new EventType<>("org.senim.report.submitted.v2",
			ReportSubmitted.class);

	public static final EventType<ReferralOffered> REFERRAL_OFFERED = new EventType<>("org.senim.referral.offered.v2",
			ReferralOffered.class);

	public static final EventType<ReferralUpdated> REFERRAL_UPDATED = new EventType<>("org.senim.referral.updated.v2",
			ReferralUpdated.class);

	public static final EventType<DirectoryServiceChanged> DIRECTORY_SERVICE = new EventType<>(
			"org.senim.directory.service.v1", DirectoryServiceChanged.class);

	public static final EventType<DirectoryCityChanged> DIRECTORY_CITY = new EventType<>("org.senim.directory.city.v1",
			DirectoryCityChanged.class);

	public static final EventType<ReportExpired> REPORT_EXPIRED = new EventType<>("org.senim.report.expired.v1",
			ReportExpired.class);

	public static final EventType<ReferralRerouted> REFERRAL_REROUTED = new EventType<>(
			"org.senim.referral.rerouted.v1", ReferralRerouted.class);

	public static final EventType<TipStatusChanged> REFERRAL_STATUS_CHANGED = new EventType<>(
			"org.senim.referral.status-changed.v1", TipStatusChanged.class);

	public static final EventType<CaseworkerMessageSent> CASEWORKER_MESSAGE = new EventType<>(
			"org.senim.caseworker.message.v2", CaseworkerMessageSent.class);

	public static final EventType<EscalationRaised> ESCALATION_RAISED = new EventType<>(
			"org.senim.escalation.raised.v1", EscalationRaised.class);

	public static final EventType<EscalationAcknowledged> ESCALATION_ACKNOWLEDGED = new EventType<>(
			"org.senim.escalation.acknowledged.v1", EscalationAcknowledged.class);

	public static final EventType<TipsterMessageSent> TIPSTER_MESSAGE = new EventType<>("org.senim.tipster.message.v2",
			TipsterMessageSent.class);

	public static final EventType<ReferralMessageReceived> REFERRAL_MESSAGE_RECEIVED = new EventType<>(
			"org.senim.referral.message-received.v2", ReferralMessageReceived.class);

	private static final Map<String, EventType<?>> KNOWN = List
		.of(REPORT_SUBMITTED, REPORT_EXPIRED, REFERRAL_OFFERED, REFERRAL_UPDATED, REFERRAL_REROUTED,
				REFERRAL_STATUS_CHANGED, CASEWORKER_MESSAGE, TIPSTER_MESSAGE, REFERRAL_MESSAGE_RECEIVED,
				ESCALATION_RAISED, ESCALATION_ACKNOWLEDGED, DIRECTORY_SERVICE, DIRECTORY_CITY)
		.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

	/** The known event type with this CloudEvent {@code type} attribute. */
	public static Optional<EventType<?>> of(String type) {
		return Optional.ofNullable(KNOWN.get(type));
	}

}
