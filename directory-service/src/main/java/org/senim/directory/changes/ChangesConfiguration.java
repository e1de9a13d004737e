package org.senim.directory.changes;

import org.apache.kafka.clients.admin.NewTopic;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class ChangesConfiguration {

	/** Compacted: consumers rebuild their replica from the latest event per key. */
	@Bean
	NewTopic directoryChangesTopic(TopicProperties topics) {
		return TopicBuilder.name(Topics.DIRECTORY_CHANGES)
			.partitions(topics.partitions())
			.replicas(topics.replication())
			.compact()
			.build();
	}

	@Bean
	CloudEventCodec cloudEventCodec() {
		return new CloudEventCodec();
	}

}
