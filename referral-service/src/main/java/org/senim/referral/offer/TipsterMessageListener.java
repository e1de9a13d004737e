package org.senim.referral.offer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.platform.kafka.DeadLetterPolicy;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code reports.messages}: each {@code tipster.message} joins its tip's
 * conversation. A record that is not a complete {@code tipster.message} goes to
 * {@code reports.messages.DLT} at once, one that keeps failing after bounded retries.
 */
@Component
class TipsterMessageListener {

	/** Longest event id kept ({@code processed_event.event_id}). */
	private static final int MAX_EVENT_ID = 200;

	/** Longest text taken; the mailbox takes 2,000 characters. */
	private static final int MAX_TEXT = 10_000;

	private final CloudEventCodec codec;

	private final Conversation conversation;

	private final DeadLetterPolicy deadLetters;

	TipsterMessageListener(CloudEventCodec codec, Conversation conversation, DeadLetterPolicy deadLetters) {
		this.codec = codec;
		this.conversation = conversation;
		this.deadLetters = deadLetters;
	}

	@KafkaListener(id = "tipster-message", topics = Topics.REPORTS_MESSAGES, groupId = "referral-service-conversation")
	Mono<Void> onTipsterMessage(ConsumerRecord<String, byte[]> record) {
		// Decoding inside the Mono: an unreadable record must fail the result, not the
		// call.
		Mono<Void> handling = Mono
			.fromCallable(() -> requireComplete(this.codec.decode(record.value(), EventType.TIPSTER_MESSAGE)))
			.flatMap(this.conversation::tipsterWrote);
		return this.deadLetters.guard(record, handling);
	}

	private static SenimEvent<TipsterMessageSent> requireComplete(SenimEvent<TipsterMessageSent> event) {
		TipsterMessageSent message = event.data();
		if (event.id().length() > MAX_EVENT_ID || message.messageId() == null || message.reportId() == null
				|| message.sentAt() == null || message.text() == null || message.text().isBlank()
				|| message.text().length() > MAX_TEXT) {
			throw new MalformedEventException("Event " + event.id() + " is not a complete tipster message");
		}
		return event;
	}

}
