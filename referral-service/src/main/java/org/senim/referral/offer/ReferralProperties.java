package org.senim.referral.offer;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of offers and their stream.
 *
 * @param source the CloudEvents {@code source} of the events this service writes
 * @param offerTimeout how long an organization has to accept an offer
 * @param stream settings of the live stream
 */
@Validated
@ConfigurationProperties("senim.referral")
public record ReferralProperties(@NotNull URI source, @NotNull Duration offerTimeout, @Valid @NotNull Stream stream) {

	/**
	 * @param heartbeat interval of the SSE comments that keep connections open
	 * @param topicRefreshMs how often the stream consumer looks for new city topics
	 */
	public record Stream(@NotNull Duration heartbeat, @Positive long topicRefreshMs) {

	}

}
