package org.senim.report.city;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.DirectoryCityChanged;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link CityReplica} from the compacted {@code directory.changes}: city events
 * update it, tombstones remove the city, other directory events are not its business.
 */
@Component
class CityReplicaListener {

	private static final Log log = LogFactory.getLog(CityReplicaListener.class);

	private final CityReplica replica;

	private final CloudEventCodec codec;

	CityReplicaListener(CityReplica replica, CloudEventCodec codec) {
		this.replica = replica;
		this.codec = codec;
	}

	@KafkaListener(id = "report-city-replica", topics = Topics.DIRECTORY_CHANGES,
			groupId = "${senim.report.city-replica.group-id}")
	void onDirectoryChange(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			this.replica.forget(record.key());
			return;
		}
		try {
			SenimEvent<?> event = this.codec.decode(record.value());
			if (event.data() instanceof DirectoryCityChanged city) {
				this.replica.remember(city);
			}
		}
		catch (MalformedEventException ex) {
			// A best-effort replica: an unreadable or newer event type must not stall it.
			log.warn("Skipped unreadable record " + record.topic() + "-" + record.partition() + "@" + record.offset()
					+ ": " + ex.getMessage());
		}
	}

}
