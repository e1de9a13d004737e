package org.senim.report.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxPropertiesTests {

	private final OutboxProperties properties = new OutboxProperties(Duration.ofSeconds(5), 50, Duration.ofMinutes(2),
			Duration.ofSeconds(35), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofDays(7));

	@Test
	void backsOffExponentiallyUpToTheCap() {
		assertThat(this.properties.backoffAfter(0)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.properties.backoffAfter(5)).isEqualTo(Duration.ofSeconds(32));
		assertThat(this.properties.backoffAfter(6)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.properties.backoffAfter(10_000)).isEqualTo(Duration.ofMinutes(1));
	}

}
