package org.senim.report.intake;

import org.apache.kafka.clients.admin.NewTopic;
import org.senim.contracts.Topics;
import org.senim.report.system.ReportProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service produces (docs/decisions.md: producers declare their topics):
 * tips and their expiry, and the tipsters' messages to case workers.
 */
@Configuration(proxyBeanMethods = false)
class ReportTopics {

	@Bean
	NewTopic reportsSubmittedTopic(ReportProperties properties) {
		return topic(Topics.REPORTS_SUBMITTED, properties);
	}

	@Bean
	NewTopic reportsMessagesTopic(ReportProperties properties) {
		return topic(Topics.REPORTS_MESSAGES, properties);
	}

	private static NewTopic topic(String name, ReportProperties properties) {
		return TopicBuilder.name(name)
			.partitions(properties.kafka().partitions())
			.replicas(properties.kafka().replication())
			.build();
	}

}
