package org.senim.platform.kafka;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * The one policy for a record whose handling failed, for listeners that return a
 * {@code Mono}:
 * <ul>
 * <li>a record that can never be processed ({@code MalformedEventException} anywhere in
 * the cause chain) goes to {@code <topic>.DLT} at once;</li>
 * <li>a transient failure of the service's own infrastructure
 * ({@link org.senim.platform.failure.TransientFailures}) is retried with capped
 * exponential pauses until it passes, and never dead-lettered: the record stays
 * unacknowledged, so the partition's committed position does not move past it;</li>
 * <li>any other failure is retried {@code senim.kafka.retries} times, then the record
 * goes to its dead-letter topic and the partition keeps flowing.</li>
 * </ul>
 * spring-kafka 4.0 does not pass the failure of a listener's returned {@code Mono} to the
 * container's error handler (spring-kafka issues 4198/4333), so the listeners run their
 * handling under {@link #guard}, which shares the container's recoverer.
 */
public class DeadLetterPolicy {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

	// While the dead-letter topic cannot be written, the record stays unacknowledged and
	// its partition waits: skipping it would lose it.
	private static final Duration DEAD_LETTER_RETRY_MAX = Duration.ofSeconds(30);

	private final DeadLetterPublishingRecoverer recoverer;

	private final KafkaRetryProperties properties;

	private final Scheduler timer;

	public DeadLetterPolicy(DeadLetterPublishingRecoverer recoverer, KafkaRetryProperties properties) {
		this(recoverer, properties, Schedulers.parallel());
	}

	DeadLetterPolicy(DeadLetterPublishingRecoverer recoverer, KafkaRetryProperties properties, Scheduler timer) {
		this.recoverer = recoverer;
		this.properties = properties;
		this.timer = timer;
	}

	/** Runs the handling (re-subscribed on retry) under the policy. */
	public Mono<Void> guard(ConsumerRecord<?, ?> record, Mono<Void> handling) {
		return handling.retryWhen(new RecordRetry(record, this.properties, this.timer))
			.onErrorResume((ex) -> deadLetter(record, ex));
	}

	private Mono<Void> deadLetter(ConsumerRecord<?, ?> record, Throwable ex) {
		log.warn("Record {}-{}@{} failed ({}); sending it to the dead-letter topic", record.topic(), record.partition(),
				record.offset(), ex.getClass().getSimpleName());
		Exception cause = (ex instanceof Exception exception) ? exception : new IllegalStateException(ex);
		return Mono.fromRunnable(() -> this.recoverer.accept(record, cause))
			.subscribeOn(Schedulers.boundedElastic())
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.properties.retryBackoff()).maxBackoff(DEAD_LETTER_RETRY_MAX))
			.then();
	}

}
