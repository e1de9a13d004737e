package org.senim.referral.offer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.platform.crypto.SealBrokenException;
import org.senim.platform.kafka.DeadLetterPolicy;
import org.senim.referral.datakey.ReportKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code reports.submitted}, dispatching on the event type:
 * {@code report.submitted} becomes offers, {@code report.expired} purges the report; any
 * other type goes to the dead-letter topic at once. Acked when the work is committed;
 * while the database is away the record waits (and its partition with it); a record that
 * keeps failing otherwise goes to {@code reports.submitted.DLT} after bounded retries.
 */
@Component
class ReportSubmittedListener {

	private static final Logger log = LoggerFactory.getLogger(ReportSubmittedListener.class);

	private final CloudEventCodec codec;

	private final ReferralIntake intake;

	private final ReportPurge purge;

	private final DeadLetterPolicy deadLetters;

	private final ReportKeys keys;

	ReportSubmittedListener(CloudEventCodec codec, ReferralIntake intake, ReportPurge purge,
			DeadLetterPolicy deadLetters, ReportKeys keys) {
		this.codec = codec;
		this.intake = intake;
		this.purge = purge;
		this.deadLetters = deadLetters;
		this.keys = keys;
	}

	@KafkaListener(id = "report-submitted", topics = Topics.REPORTS_SUBMITTED, groupId = "referral-service")
	Mono<Void> onReportEvent(ConsumerRecord<String, byte[]> record) {
		// Decoding inside the Mono: an unreadable record must fail the result, not the
		// call.
		Mono<Void> handling = Mono.fromCallable(() -> this.codec.decode(record.value())).flatMap(this::dispatch);
		return this.deadLetters.guard(record, handling);
	}

	// An event of a type this topic does not carry is as unusable as an unreadable one.
	@SuppressWarnings("unchecked")
	private Mono<Void> dispatch(SenimEvent<?> event) {
		if (EventType.REPORT_SUBMITTED.equals(event.type())) {
			return openAndAccept(requireComplete((SenimEvent<ReportSubmitted>) event));
		}
		if (EventType.REPORT_EXPIRED.equals(event.type())) {
			return this.purge.accept(requireReport((SenimEvent<ReportExpired>) event));
		}
		return Mono.error(new MalformedEventException(
				"Event " + event.id() + " of type " + event.type().type() + " does not belong on this topic"));
	}

	/**
	 * The description under the report's data key, fetched from the report-service the
	 * first time (waiting while it is away); a tip whose key is gone expired before it
	 * was routed, so there is nothing left to offer.
	 */
	private Mono<Void> openAndAccept(SenimEvent<ReportSubmitted> event) {
		ReportSubmitted report = event.data();
		return this.keys
			.open(report.reportId(), report.reportId(), EventType.REPORT_SUBMITTED, "description", report.description())
			.onErrorMap(SealBrokenException.class,
					(ex) -> new MalformedEventException(
							"Event " + event.id() + " holds a description that does not open"))
			.flatMap((description) -> this.intake.accept(event, description).thenReturn(true))
			.switchIfEmpty(Mono.fromCallable(() -> {
				log.info("Report {} expired before it was routed; its event is skipped", report.reportId());
				return false;
			}))
			.then();
	}

	private static SenimEvent<ReportExpired> requireReport(SenimEvent<ReportExpired> event) {
		if (event.data().reportId() == null) {
			throw new MalformedEventException("Event " + event.id() + " names no report");
		}
		return event;
	}

	// A readable event without what every tip has cannot become a referral, now or later.
	private static SenimEvent<ReportSubmitted> requireComplete(SenimEvent<ReportSubmitted> event) {
		ReportSubmitted report = event.data();
		if (report.reportId() == null || report.city() == null || report.description() == null
				|| report.exploitationTypes().isEmpty()) {
			throw new MalformedEventException("Event " + event.id() + " lacks required report fields");
		}
		if (report.language() != null && report.language().length() > TipAnswers.MAX_LANGUAGE) {
			throw new MalformedEventException("Event " + event.id() + " has a language tag too long to keep");
		}
		return event;
	}

}
