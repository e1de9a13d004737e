package org.senim.referral.directory;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.senim.contracts.Topics;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Readiness of the routing table: up once the replica has read {@code directory.changes}
 * up to the end offsets the broker reported when first asked (or the topic is empty or
 * does not exist yet), so no tip is routed with a half-loaded directory.
 */
@Component
class DirectoryReplicaHealthIndicator extends AbstractHealthIndicator {

	private final KafkaAdmin kafkaAdmin;

	private final ReplicaProgress progress;

	private final DirectoryProperties properties;

	private volatile Map<TopicPartition, Long> endOffsetsAtStartup;

	private volatile boolean caughtUp;

	DirectoryReplicaHealthIndicator(KafkaAdmin kafkaAdmin, ReplicaProgress progress, DirectoryProperties properties) {
		super("Directory replica check failed");
		this.kafkaAdmin = kafkaAdmin;
		this.progress = progress;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		if (this.endOffsetsAtStartup == null) {
			this.endOffsetsAtStartup = fetchEndOffsets();
		}
		// Once caught up the replica only follows changes; readiness stays up.
		this.caughtUp = this.caughtUp || this.progress.reached(this.endOffsetsAtStartup);
		builder.status(this.caughtUp ? "UP" : "OUT_OF_SERVICE")
			.withDetail("topic", Topics.DIRECTORY_CHANGES)
			.withDetail("caughtUp", this.caughtUp);
	}

	private Map<TopicPartition, Long> fetchEndOffsets()
			throws InterruptedException, ExecutionException, TimeoutException {
		long timeout = this.properties.replicaCheckTimeout().toMillis();
		try (Admin admin = Admin.create(this.kafkaAdmin.getConfigurationProperties())) {
			TopicDescription topic;
			try {
				topic = admin.describeTopics(java.util.List.of(Topics.DIRECTORY_CHANGES))
					.allTopicNames()
					.get(timeout, TimeUnit.MILLISECONDS)
					.get(Topics.DIRECTORY_CHANGES);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
					return Map.of();
				}
				throw ex;
			}
			Map<TopicPartition, OffsetSpec> latest = topic.partitions()
				.stream()
				.collect(Collectors.toMap((p) -> new TopicPartition(Topics.DIRECTORY_CHANGES, p.partition()),
						(p) -> OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest)
				.all()
				.get(timeout, TimeUnit.MILLISECONDS);
			return ends.entrySet()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (end) -> end.getValue().offset()));
		}
	}

}
