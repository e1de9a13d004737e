package org.senim.report.followup;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param attemptsPerReceipt how many look-ups one receipt allows per period
 * @param attemptsPeriod the period in which they refill
 * @param maxTrackedReceipts how many receipts' attempts are remembered; beyond it the
 * least used are forgotten first
 * @param workerThreads threads of the follow-ups' own crypto workers (Argon2 of the
 * receipt, AES-GCM of the messages), apart from tip intake's
 * @param queuedTasks follow-up tasks that may wait for those threads before follow-ups
 * are refused with 503
 */
@Validated
@ConfigurationProperties("senim.report.followup")
record FollowUpProperties(@Min(1) long attemptsPerReceipt, @NotNull Duration attemptsPeriod,
		@Min(1000) int maxTrackedReceipts, @Min(1) @Max(64) int workerThreads, @Min(1) int queuedTasks) {
}
