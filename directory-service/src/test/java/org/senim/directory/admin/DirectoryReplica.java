package org.senim.directory.admin;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.DirectoryServiceChanged;

import static org.awaitility.Awaitility.await;

/**
 * A consumer's replica of the directory, as referral routing keeps one: the latest
 * {@link DirectoryServiceChanged} per service id, a tombstone deleting the entry.
 */
final class DirectoryReplica implements AutoCloseable {

	private final CloudEventCodec codec = new CloudEventCodec();

	private final KafkaConsumer<String, byte[]> consumer;

	private final Map<UUID, DirectoryServiceChanged> services = new ConcurrentHashMap<>();

	private final Set<String> tombstones = new HashSet<>();

	DirectoryReplica(String brokers) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "directory-replica-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.DIRECTORY_CHANGES));
	}

	/** Applies records until the replica satisfies the condition (at most 30 s). */
	Map<UUID, DirectoryServiceChanged> awaitUntil(Predicate<Map<UUID, DirectoryServiceChanged>> condition) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
				apply(record);
			}
			return condition.test(this.services);
		});
		return Map.copyOf(this.services);
	}

	boolean sawTombstone(UUID serviceId) {
		return this.tombstones.contains(serviceId.toString());
	}

	private void apply(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			this.tombstones.add(record.key());
			this.services.remove(UUID.fromString(record.key()));
			return;
		}
		SenimEvent<?> event = this.codec.decode(record.value());
		if (event.type().equals(EventType.DIRECTORY_SERVICE)) {
			DirectoryServiceChanged changed = (DirectoryServiceChanged) event.data();
			this.services.put(changed.serviceId(), changed);
		}
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
