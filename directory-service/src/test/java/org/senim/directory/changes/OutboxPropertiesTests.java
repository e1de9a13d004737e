package org.senim.directory.changes;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxPropertiesTests {

	private final OutboxProperties properties = new OutboxProperties(Duration.ofSeconds(5), 100, Duration.ofMinutes(2),
			Duration.ofSeconds(35), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofDays(7));

	@Test
	void doublesTheBackoffPerFailedAttempt() {
		assertThat(this.properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.properties.backoffAfter(4)).isEqualTo(Duration.ofSeconds(8));
	}

	@Test
	void capsTheBackoff() {
		assertThat(this.properties.backoffAfter(7)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.properties.backoffAfter(10_000)).isEqualTo(Duration.ofSeconds(60));
	}

}
