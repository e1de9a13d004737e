package org.senim.report.followup;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.platform.kafka.DeadLetterPolicy;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code referrals.status} (status changes and case worker messages, keyed by
 * report id). Acknowledged once the effect is committed; while the database is away the
 * record waits; a record that keeps failing otherwise, or is not a readable event, goes
 * to {@code referrals.status.DLT}.
 */
@Component
class HubUpdatesListener {

	private final CloudEventCodec codec;

	private final HubUpdates updates;

	private final DeadLetterPolicy deadLetters;

	// Async listeners are invoked before the previous record's effect completes; the
	// changes of one tip must apply in order, so each record waits for the one before it
	// (a signal per record, not a chain of Monos, so nothing accumulates).
	private Sinks.Empty<Void> previousDone = done();

	HubUpdatesListener(CloudEventCodec codec, HubUpdates updates, DeadLetterPolicy deadLetters) {
		this.codec = codec;
		this.updates = updates;
		this.deadLetters = deadLetters;
	}

	@KafkaListener(id = "report-mailbox", topics = Topics.REFERRALS_STATUS, groupId = "report-service-mailbox")
	Mono<Void> onHubUpdate(ConsumerRecord<String, byte[]> record) {
		// Decoding inside the Mono: an unreadable record must fail the result, not the
		// call.
		Mono<Void> handling = Mono.fromCallable(() -> this.codec.decode(record.value())).flatMap(this.updates::apply);
		Sinks.Empty<Void> done = Sinks.empty();
		Mono<Void> afterPrevious = this.previousDone.asMono();
		this.previousDone = done;
		return afterPrevious.then(this.deadLetters.guard(record, handling)).doFinally((signal) -> done.tryEmitEmpty());
	}

	private static Sinks.Empty<Void> done() {
		Sinks.Empty<Void> done = Sinks.empty();
		done.tryEmitEmpty();
		return done;
	}

}
