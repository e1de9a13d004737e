package org.senim.report.followup;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param attemptsPerReceipt how many look-ups one receipt allows per period
 * @param attemptsPeriod the period in which they refill
 * @param maxTrackedReceipts how many receipts' attempts are remembered before starting
 * afresh
 */
@Validated
@ConfigurationProperties("senim.report.followup")
record FollowUpProperties(@Min(1) long attemptsPerReceipt, @NotNull Duration attemptsPeriod,
		@Min(1000) int maxTrackedReceipts) {
}
