package org.senim.gateway.pow;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * A light proof of work before a tip is accepted, as GlobaLeaks asks of submitters: it
 * costs a phone a fraction of a second and a flood of scripted tips a great deal.
 *
 * @param enabled off by default; turn on when tips are flooded
 * @param difficulty leading zero bits the SHA-256 of challenge and nonce must have
 * @param validity how long a challenge may be used
 */
@Validated
@ConfigurationProperties("senim.gateway.proof-of-work")
public record ProofOfWorkProperties(boolean enabled, @Min(1) @Max(32) int difficulty, @NotNull Duration validity) {
}
