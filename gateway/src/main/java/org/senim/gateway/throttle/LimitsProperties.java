package org.senim.gateway.throttle;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many tips and receipt look-ups one client may send a minute, the same through the
 * API routes and the pages.
 */
@Validated
@ConfigurationProperties("senim.gateway.limits")
public record LimitsProperties(@Min(1) int tipsPerMinute, @Min(1) int followupPerMinute) {

}
