package org.senim.report.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.senim.contracts.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The dead-letter topic of what this service consumes. The CloudEvents codec and the
 * error handling of its listeners come from the platform
 * ({@code org.senim.platform.kafka}).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	/** The dead-letter topic of {@code referrals.status}, which this service consumes. */
	@Bean
	NewTopic referralsStatusDeadLetterTopic(ReportProperties properties) {
		return TopicBuilder.name(Topics.deadLetterOf(Topics.REFERRALS_STATUS))
			.partitions(properties.kafka().partitions())
			.replicas(properties.kafka().replication())
			.build();
	}

}
