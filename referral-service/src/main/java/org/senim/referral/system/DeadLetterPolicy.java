package org.senim.referral.system;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Retries the handling of a record a bounded number of times with backoff (an unreadable
 * record not at all), then publishes it to {@code <topic>.DLT} and completes, so the
 * record is acknowledged and its partition keeps flowing. See {@link KafkaErrorHandling}
 * for why listeners returning a {@code Mono} need this.
 */
@Component
public class DeadLetterPolicy {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

	// While the dead-letter topic cannot be written, the record stays unacknowledged and
	// its partition waits: skipping it would lose it.
	private static final Duration DEAD_LETTER_RETRY_MAX = Duration.ofSeconds(30);

	private final DeadLetterPublishingRecoverer recoverer;

	private final KafkaSettings settings;

	DeadLetterPolicy(DeadLetterPublishingRecoverer recoverer, KafkaSettings settings) {
		this.recoverer = recoverer;
		this.settings = settings;
	}

	/** Runs the handling (re-subscribed on retry) under the policy. */
	public Mono<Void> guard(ConsumerRecord<?, ?> record, Mono<Void> handling) {
		return handling
			.retryWhen(Retry.backoff(this.settings.retries(), this.settings.retryBackoff())
				.maxBackoff(this.settings.retryBackoffMax())
				.filter((ex) -> !(ex instanceof MalformedEventException))
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.onErrorResume((ex) -> deadLetter(record, ex));
	}

	private Mono<Void> deadLetter(ConsumerRecord<?, ?> record, Throwable ex) {
		log.warn("Record {}-{}@{} failed ({}); sending it to the dead-letter topic", record.topic(), record.partition(),
				record.offset(), ex.getClass().getSimpleName());
		Exception cause = (ex instanceof Exception exception) ? exception : new IllegalStateException(ex);
		return Mono.fromRunnable(() -> this.recoverer.accept(record, cause))
			.subscribeOn(Schedulers.boundedElastic())
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.settings.retryBackoff()).maxBackoff(DEAD_LETTER_RETRY_MAX))
			.then();
	}

}
