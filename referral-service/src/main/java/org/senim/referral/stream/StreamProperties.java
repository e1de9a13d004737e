package org.senim.referral.stream;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The live streams (offers and escalations) and their bounds (docs/security.md "Live
 * streams").
 *
 * @param heartbeat interval of the SSE comments that keep connections open
 * @param topicRefreshMs how often the stream consumer looks for new city topics
 * @param maxLifetime the longest a stream stays open, also for a token without
 * {@code exp}; it ends at its token's {@code exp} when that comes first
 * @param maxPerSubject how many streams one token subject may hold open at once (on this
 * instance)
 * @param refusalRetryAfter the {@code Retry-After} of a stream refused for the cap
 * @param replayMaxEvents the most events a resume replays (the newest ones)
 * @param replayMaxAge the oldest event a resume replays
 * @param buffer the most live events held for a client that does not read them; one more
 * ends its stream
 */
@Validated
@ConfigurationProperties("senim.referral.stream")
record StreamProperties(@NotNull @DurationMin(millis = 1) Duration heartbeat, @Positive long topicRefreshMs,
		@NotNull @DurationMin(seconds = 1) Duration maxLifetime, @Positive int maxPerSubject,
		@NotNull @DurationMin(seconds = 1) Duration refusalRetryAfter, @Positive int replayMaxEvents,
		@NotNull @DurationMin(seconds = 1) Duration replayMaxAge, @Positive int buffer) {

}
