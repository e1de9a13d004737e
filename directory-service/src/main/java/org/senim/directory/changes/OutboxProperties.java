package org.senim.directory.changes;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay works.
 *
 * @param pollInterval fallback poll for rows the after-commit signal did not cover
 * @param batchSize rows claimed per pass
 * @param lease how long a claim keeps other instances off the claimed rows
 * @param sendTimeout how long one send may wait for the broker's acknowledgement
 * @param initialBackoff wait after the first failed send, doubled per further attempt
 * @param maxBackoff cap of the wait after failed sends
 * @param retention how long published rows are kept before deletion
 */
@ConfigurationProperties("senim.outbox")
@Validated
record OutboxProperties(@NotNull Duration pollInterval, @Min(1) int batchSize, @NotNull Duration lease,
		@NotNull Duration sendTimeout, @NotNull Duration initialBackoff, @NotNull Duration maxBackoff,
		@NotNull Duration retention) {

	/** The wait after the given number of failed attempts (1 = the first failure). */
	Duration backoffAfter(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts, 1) - 1, 20);
		Duration wait = this.initialBackoff.multipliedBy(factor);
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
