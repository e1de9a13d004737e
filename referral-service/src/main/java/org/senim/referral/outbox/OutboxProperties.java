package org.senim.referral.outbox;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the outbox relay.
 *
 * @param pollInterval fallback poll for rows whose wake-up was missed (e.g. after a
 * crash)
 * @param batchSize rows relayed per round
 * @param sendTimeout how long one send may take before it counts as failed
 * @param lease how long the rows a relay claimed are left to it (other instances wait)
 * @param backoffInitial pause after the first failed send of a row, doubled per failure
 * @param backoffMax longest pause between attempts of a row
 * @param retention how long published rows are kept
 */
@Validated
@ConfigurationProperties("senim.outbox")
record OutboxProperties(@NotNull Duration pollInterval, @Positive int batchSize, @NotNull Duration sendTimeout,
		@NotNull Duration lease, @NotNull Duration backoffInitial, @NotNull Duration backoffMax,
		@NotNull Duration retention) {

	Duration backoff(int attempts) {
		long factor = 1L << Math.min(attempts, 20);
		Duration delay = this.backoffInitial.multipliedBy(factor);
		return (delay.compareTo(this.backoffMax) > 0) ? this.backoffMax : delay;
	}

}
