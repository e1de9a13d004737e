package org.senim.report.intake;

import org.apache.kafka.clients.admin.NewTopic;
import org.senim.contracts.Topics;
import org.senim.report.system.ReportProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topic this service produces (docs/decisions.md: producers declare their topics).
 */
@Configuration(proxyBeanMethods = false)
class ReportTopics {

	@Bean
	NewTopic reportsSubmittedTopic(ReportProperties properties) {
		return TopicBuilder.name(Topics.REPORTS_SUBMITTED)
			.partitions(properties.kafka().partitions())
			.replicas(properties.kafka().replication())
			.build();
	}

}
