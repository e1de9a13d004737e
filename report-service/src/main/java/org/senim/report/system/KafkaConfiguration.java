package org.senim.report.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The CloudEvents codec, and the one error handling policy of this service's listeners:
 * bounded retries, then the record goes to {@code <topic>.DLT} and the partition keeps
 * flowing. The container's handler covers failures thrown by a listener call,
 * {@link DeadLetterPolicy} those of the {@code Mono} a listener returns.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	CloudEventCodec cloudEventCodec() {
		return new CloudEventCodec();
	}

	@Bean
	DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaTemplate<String, byte[]> template) {
		// Partition -1: the producer chooses, so a DLT needs not as many partitions as
		// its
		// source.
		return new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(DeadLetterPublishingRecoverer recoverer, ReportProperties properties) {
		ExponentialBackOff backOff = new ExponentialBackOff(properties.kafka().retryBackoff().toMillis(), 2.0);
		backOff.setMaxInterval(properties.kafka().retryBackoffMax().toMillis());
		backOff.setMaxAttempts(properties.kafka().retries());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

	/** The dead-letter topic of {@code referrals.status}, which this service consumes. */
	@Bean
	NewTopic referralsStatusDeadLetterTopic(ReportProperties properties) {
		return TopicBuilder.name(Topics.deadLetterOf(Topics.REFERRALS_STATUS))
			.partitions(properties.kafka().partitions())
			.replicas(properties.kafka().replication())
			.build();
	}

}
