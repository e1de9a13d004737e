package org.senim.referral.stream;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralMessageReceived;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReferralUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every offer, answer and forwarded tipster message of any instance of the service, read
 * back from the referral topics by a consumer group of this instance alone (from the
 * latest offset), so each live stream sees all events for its organization whichever
 * instance made them.
 */
@Component
class OfferFeed {

	private static final Logger log = LoggerFactory.getLogger(OfferFeed.class);

	static final String LISTENER_ID = "referral-stream";

	private final CloudEventCodec codec;

	// Best effort: a subscriber that cannot keep up misses events; the list API has them.
	private final Sinks.Many<SenimEvent<?>> events = Sinks.many().multicast().directBestEffort();

	OfferFeed(CloudEventCodec codec) {
		this.codec = codec;
	}

	@KafkaListener(id = LISTENER_ID, topicPattern = "#{T(org.senim.contracts.Topics).ALL_REFERRAL_TOPICS.pattern()}",
			groupId = "referral-service-stream-#{T(java.util.UUID).randomUUID()}", properties = {
					"auto.offset.reset=latest", "metadata.max.age.ms=${senim.referral.stream.topic-refresh-ms:30000}" })
	Mono<Void> onReferralEvent(ConsumerRecord<String, byte[]> record) {
		return Mono.fromRunnable(() -> publish(record));
	}

	/** Offers to the given organization and its answers to them, from now on. */
	Flux<SenimEvent<?>> eventsFor(UUID organizationId) {
		return this.events.asFlux().filter((event) -> concerns(event, organizationId));
	}

	/**
	 * Whether the event is an offer to the organization, an answer to one, or a tipster's
	 * message that reached one of its referrals.
	 */
	static boolean concerns(SenimEvent<?> event, UUID organizationId) {
		return organizationId.equals(organizationOf(event));
	}

	private static UUID organizationOf(SenimEvent<?> event) {
		if (event.data() instanceof ReferralOffered offered) {
			return offered.organizationId();
		}
		if (event.data() instanceof ReferralUpdated updated) {
			return updated.organizationId();
		}
		if (event.data() instanceof ReferralMessageReceived message) {
			return message.organizationId();
		}
		return null;
	}

	private void publish(ConsumerRecord<String, byte[]> record) {
		try {
			this.events.tryEmitNext(this.codec.decode(record.value()));
		}
		catch (MalformedEventException ex) {
			// Not ours to dead-letter: every instance reads these topics with its own
			// group.
			log.warn("Skipping unreadable record {}-{}@{} on the live stream", record.topic(), record.partition(),
					record.offset());
		}
	}

}
