package org.senim.platform.kafka;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * The retries of one record's handling: none for poison, without end for a transient
 * failure (capped exponential pauses), {@code retries} for anything else. The two budgets
 * are counted apart, so an outage does not use up the retries of a real failure.
 */
final class RecordRetry extends Retry {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

	private final ConsumerRecord<?, ?> record;

	private final KafkaRetryProperties properties;

	private final Scheduler timer;

	RecordRetry(ConsumerRecord<?, ?> record, KafkaRetryProperties properties, Scheduler timer) {
		this.record = record;
		this.properties = properties;
		this.timer = timer;
	}

	@Override
	public Publisher<?> generateCompanion(Flux<RetrySignal> failures) {
		return Flux.defer(() -> {
			Attempts attempts = new Attempts();
			return failures.concatMap((signal) -> next(attempts, signal.failure()));
		});
	}

	private Mono<Long> next(Attempts attempts, Throwable failure) {
		return switch (RecordFailure.of(failure)) {
			case POISON -> Mono.error(failure);
			case TRANSIENT -> pause(transientPause(++attempts.transientOnes, failure));
			case OTHER -> (++attempts.otherOnes > this.properties.retries()) ? Mono.error(failure)
					: pause(this.properties.boundedPause(attempts.otherOnes));
		};
	}

	private Duration transientPause(long attempt, Throwable failure) {
		Duration pause = this.properties.transientPause(attempt);
		// Where and why only: the record's contents never reach the log.
		log.warn("Record {}-{}@{} waits for its infrastructure ({}); retry {} in {} ms", this.record.topic(),
				this.record.partition(), this.record.offset(), failure.getClass().getSimpleName(), attempt,
				pause.toMillis());
		return pause;
	}

	private Mono<Long> pause(Duration pause) {
		return Mono.delay(pause, this.timer);
	}

	private static final class Attempts {

		private long transientOnes;

		private long otherOnes;

	}

}
