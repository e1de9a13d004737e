package org.senim.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in integration tests: the system clock, moved ahead by a test that
 * needs time to pass (and set back after it).
 */
public final class TestClock extends Clock {

	private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

	public void advance(Duration by) {
		this.ahead.updateAndGet((current) -> current.plus(by));
	}

	public void reset() {
		this.ahead.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The service's clock is UTC");
	}

	/** Puts the test clock in place of the service's. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
