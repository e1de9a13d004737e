package org.senim.referral.offer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.platform.crypto.SealBrokenException;
import org.senim.platform.kafka.DeadLetterPolicy;
import org.senim.referral.datakey.ReportKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(TipsterMessageListener.class);

	/** Longest event id kept ({@code processed_event.event_id}). */
	private static final int MAX_EVENT_ID = 200;

	/** Longest text taken; the mailbox takes 2,000 characters. */
	private static final int MAX_TEXT = 10_000;

	private final CloudEventCodec codec;

	private final Conversation conversation;

	private final DeadLetterPolicy deadLetters;

	private final ReportKeys keys;

	TipsterMessageListener(CloudEventCodec codec, Conversation conversation, DeadLetterPolicy deadLetters,
			ReportKeys keys) {
		this.codec = codec;
		this.conversation = conversation;
		this.deadLetters = deadLetters;
		this.keys = keys;
	}

	@KafkaListener(id = "tipster-message", topics = Topics.REPORTS_MESSAGES, groupId = "referral-service-conversation")
	Mono<Void> onTipsterMessage(ConsumerRecord<String, byte[]> record) {
		// Decoding inside the Mono: an unreadable record must fail the result, not the
		// call.
		Mono<Void> handling = Mono
			.fromCallable(() -> requireComplete(this.codec.decode(record.value(), EventType.TIPSTER_MESSAGE)))
			.flatMap(this::open);
		return this.deadLetters.guard(record, handling);
	}

	// The text under the report's data key; none left (the report expired): nothing to
	// add.
	private Mono<Void> open(SenimEvent<TipsterMessageSent> event) {
		TipsterMessageSent message = event.data();
		return this.keys.open(message.reportId(), message.reportId(), EventType.TIPSTER_MESSAGE, "text", message.text())
			.onErrorMap(SealBrokenException.class,
					(ex) -> new MalformedEventException("Event " + event.id() + " holds text that does not open"))
			.map((text) -> requireText(event, text))
			.flatMap((text) -> this.conversation.tipsterWrote(event, text).thenReturn(true))
			.switchIfEmpty(Mono.fromCallable(() -> {
				log.info("Message {} dropped: report {} has expired", message.messageId(), message.reportId());
				return false;
			}))
			.then();
	}

	private static String requireText(SenimEvent<TipsterMessageSent> event, String text) {
		if (text.isBlank() || text.length() > MAX_TEXT) {
			throw new MalformedEventException("Event " + event.id() + " is not a complete tipster message");
		}
		return text;
	}

	private static SenimEvent<TipsterMessageSent> requireComplete(SenimEvent<TipsterMessageSent> event) {
		TipsterMessageSent message = event.data();
		if (event.id().length() > MAX_EVENT_ID || message.messageId() == null || message.reportId() == null
				|| message.sentAt() == null || message.text() == null) {
			throw new MalformedEventException("Event " + event.id() + " is not a complete tipster message");
		}
		return event;
	}

}
