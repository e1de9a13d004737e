package org.senim.referral.directory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.TopicPartition;

import org.springframework.stereotype.Component;

/** How far the replica has read {@code directory.changes}, per partition. */
@Component
class ReplicaProgress {

	private final Map<TopicPartition, Long> nextOffsets = new ConcurrentHashMap<>();

	void assigned(Map<TopicPartition, Long> positions) {
		positions.forEach((partition, position) -> this.nextOffsets.merge(partition, position, Math::max));
	}

	void processed(String topic, int partition, long offset) {
		this.nextOffsets.merge(new TopicPartition(topic, partition), offset + 1, Math::max);
	}

	/** Whether every partition has been read up to the given end offsets. */
	boolean reached(Map<TopicPartition, Long> endOffsets) {
		return endOffsets.entrySet()
			.stream()
			.allMatch(
					(end) -> end.getValue() == 0 || this.nextOffsets.getOrDefault(end.getKey(), 0L) >= end.getValue());
	}

}
