package org.senim.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.platform.failure.TransientFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;

/**
 * A service's Kafka error handling: the CloudEvents codec, the dead-letter recoverer, the
 * container's {@link DefaultErrorHandler} and the {@link DeadLetterPolicy} of listeners
 * returning a {@code Mono}, both classifying failures the same way
 * ({@link RecordFailure}).
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaOperations.class)
@EnableConfigurationProperties(KafkaRetryProperties.class)
public final class KafkaErrorHandlingAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

	@Bean
	@ConditionalOnMissingBean
	CloudEventCodec cloudEventCodec() {
		return new CloudEventCodec();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(KafkaOperations.class)
	DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaOperations<?, ?> template) {
		// Partition -1: the producer chooses, so a DLT needs not as many partitions as
		// its
		// source.
		return new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
	}

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	@ConditionalOnBean(DeadLetterPublishingRecoverer.class)
	DefaultErrorHandler kafkaErrorHandler(DeadLetterPublishingRecoverer recoverer, KafkaRetryProperties properties) {
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, properties.boundedBackOff());
		// Null: the handler's own (bounded) back-off.
		handler.setBackOffFunction(
				(record, ex) -> TransientFailures.isTransient(ex) ? properties.transientBackOff() : null);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		handler.setRetryListeners(transientWaits());
		return handler;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(DeadLetterPublishingRecoverer.class)
	@ConditionalOnClass(name = "reactor.core.publisher.Mono")
	DeadLetterPolicy deadLetterPolicy(DeadLetterPublishingRecoverer recoverer, KafkaRetryProperties properties) {
		return new DeadLetterPolicy(recoverer, properties);
	}

	private static RetryListener transientWaits() {
		return (record, ex, deliveryAttempt) -> {
			if (RecordFailure.of(ex) == RecordFailure.TRANSIENT) {
				log.warn("Record {}-{}@{} waits for its infrastructure ({}); delivery {} failed", record.topic(),
						record.partition(), record.offset(), causeName(ex), deliveryAttempt);
			}
		};
	}

	private static String causeName(Throwable ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		return cause.getClass().getSimpleName();
	}

}
