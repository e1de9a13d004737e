package org.senim.referral.directory;

import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.platform.kafka.DeadLetterPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link DirectoryReplica} up to date from the compacted
 * {@code directory.changes} topic: services keyed by id (a tombstone deletes), cities
 * keyed by slug.
 */
@Component
class DirectoryChangesListener implements ConsumerSeekAware {

	private static final Logger log = LoggerFactory.getLogger(DirectoryChangesListener.class);

	private final DirectoryReplica replica;

	private final ReplicaProgress progress;

	private final CloudEventCodec codec;

	private final DeadLetterPolicy deadLetters;

	// Async listeners are invoked before the previous record's effect completes; changes
	// of
	// one entity must apply in order, so each one waits for the one before it.
	private Mono<Void> previous = Mono.empty();

	DirectoryChangesListener(DirectoryReplica replica, ReplicaProgress progress, CloudEventCodec codec,
			DeadLetterPolicy deadLetters) {
		this.replica = replica;
		this.progress = progress;
		this.codec = codec;
		this.deadLetters = deadLetters;
	}

	@KafkaListener(id = "directory-replica", topics = Topics.DIRECTORY_CHANGES, groupId = "referral-service-directory",
			properties = "auto.offset.reset=earliest")
	Mono<Void> onChange(ConsumerRecord<String, byte[]> record) {
		Mono<Void> change = this.previous.onErrorComplete()
			.then(this.deadLetters.guard(record, Mono.defer(() -> apply(record))))
			.then(Mono.fromRunnable(() -> this.progress.processed(record.topic(), record.partition(), record.offset())))
			.then()
			.cache();
		this.previous = change;
		return change;
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		this.progress.assigned(assignments);
	}

	private Mono<Void> apply(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			return deleted(record.key());
		}
		SenimEvent<?> event = this.codec.decode(record.value());
		if (event.data() instanceof DirectoryServiceChanged service) {
			return this.replica.upsert(service);
		}
		if (event.data() instanceof DirectoryCityChanged city) {
			return this.replica.upsert(city);
		}
		log.debug("Ignoring directory change of type {}", event.type().type());
		return Mono.empty();
	}

	private Mono<Void> deleted(String key) {
		if (key == null) {
			return Mono.empty();
		}
		try {
			return this.replica.deleteService(UUID.fromString(key));
		}
		catch (IllegalArgumentException notAServiceId) {
			return this.replica.deleteCity(key);
		}
	}

}
