package org.senim.report.city;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The directory-service and how long we wait for it: connect and response timeouts of the
 * HTTP client, the circuit breaker's call timeout and its failure thresholds.
 */
@Validated
@ConfigurationProperties("senim.report.directory")
record DirectoryProperties(@NotNull URI uri, @NotNull Duration connectTimeout, @NotNull Duration responseTimeout,
		@Min(1) int maxConnections, @NotNull Duration pendingAcquireTimeout, @NotNull Duration callTimeout,
		@Min(1) @Max(100) float failureRateThreshold, @Min(1) int slidingWindowSize, @Min(1) int minimumNumberOfCalls,
		@NotNull Duration waitInOpenState) {

}
