package org.senim.referral.system;

import org.apache.kafka.common.TopicPartition;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one error handling policy of the service's listeners: bounded retries with backoff,
 * then the record goes to {@code <topic>.DLT} and the partition keeps flowing; a record
 * that is not a readable event is not retried.
 *
 * <p>
 * The container's {@link DefaultErrorHandler} applies it to failures thrown by a listener
 * call; failures of the {@code Mono} a listener returns are not passed to container error
 * handlers by spring-kafka 4.0 (spring-kafka issues 4198/4333), so
 * {@link DeadLetterPolicy} applies the same policy, with the same recoverer, inside the
 * listeners' pipelines.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

	@Bean
	CloudEventCodec cloudEventCodec() {
		return new CloudEventCodec();
	}

	@Bean
	DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaTemplate<String, byte[]> template) {
		// Partition -1: let the producer choose, so a DLT needs not as many partitions as
		// its source.
		return new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(DeadLetterPublishingRecoverer recoverer, KafkaSettings settings) {
		ExponentialBackOff backOff = new ExponentialBackOff(settings.retryBackoff().toMillis(), 2.0);
		backOff.setMaxInterval(settings.retryBackoffMax().toMillis());
		backOff.setMaxAttempts(settings.retries());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

}
