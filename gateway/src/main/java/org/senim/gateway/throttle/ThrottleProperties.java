package org.senim.gateway.throttle;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param saltRotation how long one in-memory salt of the client keys lives
 * @param maxClients how many client buckets one limiter keeps before it starts afresh
 */
@Validated
@ConfigurationProperties("senim.gateway.throttle")
public record ThrottleProperties(@NotNull Duration saltRotation, @Min(1000) int maxClients) {
}
