package org.senim.report.idempotency;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param ttl how long a submission's Idempotency-Key answers retries
 */
@Validated
@ConfigurationProperties("senim.report.idempotency")
record IdempotencyProperties(@NotNull Duration ttl) {

}
