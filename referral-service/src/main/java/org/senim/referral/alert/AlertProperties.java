package org.senim.referral.alert;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the unaccepted alert (DESIGN.md §5: no tip waits unseen).
 *
 * @param alertAfter how long a tip may stay at the last tier without an accepted offer
 * before directory admins are alerted
 * @param sweepInterval how often tips past that time are looked for
 * @param batchSize most alerts one sweep raises
 */
@Validated
@ConfigurationProperties("senim.referral.unaccepted")
record AlertProperties(@NotNull Duration alertAfter, @NotNull Duration sweepInterval, @Positive int batchSize) {

}
