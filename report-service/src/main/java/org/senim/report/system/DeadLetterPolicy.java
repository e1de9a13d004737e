package org.senim.report.system;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.senim.contracts.cloudevents.MalformedEventException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Retries the handling of a record a bounded number of times with backoff (an unreadable
 * record not at all), then publishes it to {@code <topic>.DLT} and completes, so the
 * record is acknowledged and its partition keeps flowing. spring-kafka 4.0 does not pass
 * the failure of a listener's returned {@code Mono} to the container's error handler
 * (docs/decisions.md, Kafka), so listeners returning a {@code Mono} run under this
 * policy, which shares the container's recoverer.
 */
@Component
public class DeadLetterPolicy {

	private static final Log log = LogFactory.getLog(DeadLetterPolicy.class);

	// While the dead-letter topic cannot be written, the record stays unacknowledged and
	// its partition waits: skipping it would lose it.
	private static final Duration DEAD_LETTER_RETRY_MAX = Duration.ofSeconds(30);

	private final DeadLetterPublishingRecoverer recoverer;

	private final ReportProperties.Kafka settings;

	DeadLetterPolicy(DeadLetterPublishingRecoverer recoverer, ReportProperties properties) {
		this.recoverer = recoverer;
		this.settings = properties.kafka();
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
		log.warn("Record " + record.topic() + "-" + record.partition() + "@" + record.offset() + " failed ("
				+ ex.getClass().getSimpleName() + "); sending it to the dead-letter topic");
		Exception cause = (ex instanceof Exception exception) ? exception : new IllegalStateException(ex);
		return Mono.fromRunnable(() -> this.recoverer.accept(record, cause))
			.subscribeOn(Schedulers.boundedElastic())
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.settings.retryBackoff()).maxBackoff(DEAD_LETTER_RETRY_MAX))
			.then();
	}

}
