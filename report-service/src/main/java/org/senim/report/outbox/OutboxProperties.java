package org.senim.report.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the relay works the outbox.
 *
 * @param pollInterval the fallback poll, for rows whose after-commit wake-up was lost
 * @param batchSize rows claimed at a time
 * @param lease how long a claim keeps other instances away; longer than a batch takes
 * @param sendTimeout the most one Kafka send may take before it counts as failed
 * @param backoffInitial delay after the first failed send, doubled per further failure
 * @param backoffMax cap of that delay
 * @param retention how long published rows are kept before they are deleted
 */
@Validated
@ConfigurationProperties("senim.report.outbox")
record OutboxProperties(@NotNull Duration pollInterval, @Min(1) @Max(1000) int batchSize, @NotNull Duration lease,
		@NotNull Duration sendTimeout, @NotNull Duration backoffInitial, @NotNull Duration backoffMax,
		@NotNull Duration retention) {

	/** The delay before the next attempt after {@code attempts} failed ones (0-based). */
	Duration backoffAfter(int attempts) {
		Duration delay = this.backoffInitial.multipliedBy(1L << Math.min(attempts, 20));
		return (delay.compareTo(this.backoffMax) > 0) ? this.backoffMax : delay;
	}

}
