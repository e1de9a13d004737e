package org.senim.referral.escalation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code escalations.police} from now on (a group of its own per instance, so every
 * instance sees every event) and hands the events to the open streams.
 */
@Component
class EscalationFeed {

	private static final Logger log = LoggerFactory.getLogger(EscalationFeed.class);

	static final String LISTENER_ID = "escalation-stream";

	private final CloudEventCodec codec;

	// Best effort: a subscriber that cannot keep up misses events; the list API has them.
	private final Sinks.Many<SenimEvent<?>> events = Sinks.many().multicast().directBestEffort();

	EscalationFeed(CloudEventCodec codec) {
		this.codec = codec;
	}

	@KafkaListener(id = LISTENER_ID, topics = Topics.ESCALATIONS_POLICE,
			groupId = "referral-service-escalations-#{T(java.util.UUID).randomUUID()}",
			properties = { "auto.offset.reset=latest" })
	Mono<Void> onEscalationEvent(ConsumerRecord<String, byte[]> record) {
		return Mono.fromRunnable(() -> publish(record));
	}

	Flux<SenimEvent<?>> events() {
		return this.events.asFlux();
	}

	private void publish(ConsumerRecord<String, byte[]> record) {
		try {
			this.events.tryEmitNext(this.codec.decode(record.value()));
		}
		catch (MalformedEventException ex) {
			log.warn("Skipping unreadable record {}-{}@{} on the escalation stream", record.topic(), record.partition(),
					record.offset());
		}
	}

}
