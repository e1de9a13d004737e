package org.senim.report.retention;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long tips are kept.
 *
 * @param interval how often the retention job looks for expired tips
 * @param afterClosure how long a tip is kept after its case was closed
 * @param unclosedMaxAge how long a tip that was never closed is kept after it was
 * received
 * @param batchSize expired tips deleted per pass, each in its own transaction
 */
@Validated
@ConfigurationProperties("senim.report.retention")
record RetentionProperties(@NotNull Duration interval, @NotNull Duration afterClosure, @NotNull Duration unclosedMaxAge,
		@Min(1) @Max(10_000) int batchSize) {

}
