package org.senim.gateway.ngo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/** Time left to respond to an offer ({@code @deadlines} in templates). */
@Component("deadlines")
public class Deadlines {

	private final Clock clock = Clock.systemUTC();

	/**
	 * Whole minutes left until {@code respondBy} (0 when it is less than one), or
	 * {@code null} when the offer does not expire; negative when it is overdue.
	 */
	public Long minutesLeft(Instant respondBy) {
		if (respondBy == null) {
			return null;
		}
		Duration left = Duration.between(this.clock.instant(), respondBy);
		return left.isNegative() ? -1L : left.toMinutes();
	}

}
