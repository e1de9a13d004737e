package org.senim.platform.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.validation.annotation.Validated;

/**
 * How a service's listeners retry a record that failed ({@link DeadLetterPolicy}).
 *
 * @param retries how often a record whose processing fails for any other reason than a
 * transient one is retried before it goes to its dead-letter topic
 * @param retryBackoff first pause between retries, doubled each time (also the first
 * pause while a transient failure lasts)
 * @param retryBackoffMax longest pause between the bounded retries
 * @param transientBackoffMax longest pause between retries while a transient failure
 * (database, broker or crypto workers away) lasts; those retries never end
 */
@Validated
@ConfigurationProperties("senim.kafka")
public record KafkaRetryProperties(@Min(0) @DefaultValue("3") int retries,
		@NotNull @DefaultValue("1s") Duration retryBackoff, @NotNull @DefaultValue("10s") Duration retryBackoffMax,
		@NotNull @DefaultValue("30s") Duration transientBackoffMax) {

	public KafkaRetryProperties {
		if (retryBackoff != null && (retryBackoff.isNegative() || retryBackoff.isZero())) {
			throw new IllegalArgumentException("senim.kafka.retry-backoff must be positive");
		}
		if (retryBackoff != null && retryBackoffMax != null && retryBackoffMax.compareTo(retryBackoff) < 0) {
			throw new IllegalArgumentException("senim.kafka.retry-backoff-max must not be below retry-backoff");
		}
		if (retryBackoff != null && transientBackoffMax != null && transientBackoffMax.compareTo(retryBackoff) < 0) {
			throw new IllegalArgumentException("senim.kafka.transient-backoff-max must not be below retry-backoff");
		}
	}

	/** The pause before bounded retry number {@code retry} (1-based). */
	Duration boundedPause(long retry) {
		return pause(retry, this.retryBackoffMax);
	}

	/** The pause before retry number {@code retry} (1-based) of a transient failure. */
	Duration transientPause(long retry) {
		return pause(retry, this.transientBackoffMax);
	}

	/** The container's back-off for other failures: {@link #retries()} times. */
	BackOff boundedBackOff() {
		ExponentialBackOff backOff = exponential(this.retryBackoffMax);
		backOff.setMaxAttempts(this.retries);
		return backOff;
	}

	/** The container's back-off for transient failures: without end. */
	BackOff transientBackOff() {
		return exponential(this.transientBackoffMax);
	}

	private ExponentialBackOff exponential(Duration max) {
		ExponentialBackOff backOff = new ExponentialBackOff(this.retryBackoff.toMillis(), 2.0);
		backOff.setMaxInterval(max.toMillis());
		return backOff;
	}

	private Duration pause(long retry, Duration max) {
		long doublings = Math.min(Math.max(retry - 1, 0), 30);
		Duration pause = this.retryBackoff.multipliedBy(1L << doublings);
		return (pause.compareTo(max) > 0) ? max : pause;
	}

}
