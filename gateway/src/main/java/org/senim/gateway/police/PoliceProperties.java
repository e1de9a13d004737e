package org.senim.gateway.police;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import org.senim.gateway.page.PageBackend;

/**
 * The police console: how the gateway reaches the referral-service's escalations on the
 * signed-in liaison's behalf (sign-in itself: {@code SignInProperties}).
 *
 * @param pageSize escalations per page of a list (the service's maximum is 200)
 * @param streamLifetime how long one live stream stays open before the browser reconnects
 * (with {@code Last-Event-ID}, so nothing is lost), which also re-checks the session and
 * the token
 * @param escalations the referral-service's escalation API (list, acknowledge)
 * @param stream the referral-service's escalation stream: its response timeout is the
 * longest silence allowed between two heartbeats
 */
@Validated
@ConfigurationProperties("senim.gateway.police")
public record PoliceProperties(@Min(1) @Max(200) int pageSize, @NotNull Duration streamLifetime,
		@NotNull @Valid PageBackend escalations, @NotNull @Valid PageBackend stream) {

}
