package org.senim.referral.offer;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of offers (their live streams: {@code stream.StreamProperties}).
 *
 * @param source the CloudEvents {@code source} of the events this service writes
 * @param offerTimeout how long an organization has to accept an offer
 * @param reroute settings of the sweep that re-routes unanswered offers
 */
@Validated
@ConfigurationProperties("senim.referral")
public record ReferralProperties(@NotNull URI source, @NotNull Duration offerTimeout, @Valid @NotNull Reroute reroute) {

	/**
	 * @param sweepInterval how often expired offers are looked for
	 * @param batchSize most reports re-routed by one sweep
	 */
	public record Reroute(@NotNull Duration sweepInterval, @Positive int batchSize) {

	}

}
