package org.senim.referral.offer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.system.DeadLetterPolicy;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code report.submitted}. Acked when the offers are committed; a record that
 * keeps failing goes to {@code reports.submitted.DLT} after bounded retries.
 */
@Component
class ReportSubmittedListener {

	private final CloudEventCodec codec;

	private final ReferralIntake intake;

	private final DeadLetterPolicy deadLetters;

	ReportSubmittedListener(CloudEventCodec codec, ReferralIntake intake, DeadLetterPolicy deadLetters) {
		this.codec = codec;
		this.intake = intake;
		this.deadLetters = deadLetters;
	}

	@KafkaListener(id = "report-submitted", topics = Topics.REPORTS_SUBMITTED, groupId = "referral-service")
	Mono<Void> onReportSubmitted(ConsumerRecord<String, byte[]> record) {
		// Decoding inside the Mono: an unreadable record must fail the result, not the
		// call.
		Mono<Void> handling = Mono.fromCallable(() -> this.codec.decode(record.value(), EventType.REPORT_SUBMITTED))
			.map(ReportSubmittedListener::requireComplete)
			.flatMap(this.intake::accept);
		return this.deadLetters.guard(record, handling);
	}

	// A readable event without what every tip has cannot become a referral, now or later.
	private static SenimEvent<ReportSubmitted> requireComplete(SenimEvent<ReportSubmitted> event) {
		ReportSubmitted report = event.data();
		if (report.reportId() == null || report.city() == null || report.description() == null
				|| report.exploitationTypes().isEmpty()) {
			throw new MalformedEventException("Event " + event.id() + " lacks required report fields");
		}
		return event;
	}

}
