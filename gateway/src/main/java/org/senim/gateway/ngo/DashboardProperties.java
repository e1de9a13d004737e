package org.senim.gateway.ngo;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import org.senim.gateway.page.PageBackend;

/**
 * The NGO dashboard: how the gateway reaches the referral-service and the directory on
 * the signed-in worker's behalf (sign-in itself: {@code SignInProperties}).
 *
 * @param pageSize referrals per page of the list
 * @param streamLifetime how long one live stream stays open before the browser reconnects
 * (with {@code Last-Event-ID}, so nothing is lost), which also re-checks the session and
 * the token
 * @param referrals the referral-service's API (lists, case, answers)
 * @param stream the referral-service's live stream: its response timeout is the longest
 * silence allowed between two heartbeats
 * @param directory the directory-service's API (the organization's own services and their
 * places)
 */
@Validated
@ConfigurationProperties("senim.gateway.dashboard")
public record DashboardProperties(@Min(1) @Max(100) int pageSize, @NotNull Duration streamLifetime,
		@NotNull @Valid PageBackend referrals, @NotNull @Valid PageBackend stream,
		@NotNull @Valid PageBackend directory) {

}
