package org.senim.report.system;

import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The CloudEvents codec, and the one error handler of this service's listeners: bounded
 * retries, then the record goes to {@code <topic>.DLT} and the partition keeps flowing.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	CloudEventCodec cloudEventCodec() {
		return new CloudEventCodec();
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka, ReportProperties properties) {
		ExponentialBackOff backOff = new ExponentialBackOff(properties.kafka().retryBackoff().toMillis(), 2.0);
		backOff.setMaxInterval(properties.kafka().retryBackoffMax().toMillis());
		backOff.setMaxAttempts(properties.kafka().retries());
		DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka), backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

}
