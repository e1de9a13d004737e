package org.senim.gateway.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeysTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));

	private final ClientKeys keys = new ClientKeys(Duration.ofHours(1), new Clock() {
		@Override
		public Instant instant() {
			return ClientKeysTests.this.now.get();
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}, null);

	@Test
	void givesSameClientSameKeyWithinOnePeriod() {
		assertThat(this.keys.keyOf("198.51.100.7")).isEqualTo(this.keys.keyOf("198.51.100.7"))
			.isNotEqualTo(this.keys.keyOf("198.51.100.8"));
	}

	@Test
	void keyRevealsNothingOfTheAddress() {
		assertThat(this.keys.keyOf("198.51.100.7")).doesNotContain("198").doesNotContain("100.7");
	}

	@Test
	void rotatesSaltSoOldKeysCannotBeLinked() {
		String before = this.keys.keyOf("198.51.100.7");
		long generation = this.keys.generation();

		this.now.set(this.now.get().plus(Duration.ofMinutes(61)));

		assertThat(this.keys.keyOf("198.51.100.7")).isNotEqualTo(before);
		assertThat(this.keys.generation()).isEqualTo(generation + 1);
	}

	@Test
	void gatewaysSharingSecretAgreeOnKeys() {
		String secret = "a shared secret of at least thirty-two characters";
		ClientKeys first = new ClientKeys(Duration.ofHours(1), Clock.systemUTC(), secret);
		ClientKeys second = new ClientKeys(Duration.ofHours(1), Clock.systemUTC(), secret);
		ClientKeys other = new ClientKeys(Duration.ofHours(1), Clock.systemUTC(), secret + "!");

		assertThat(first.keyOf("198.51.100.7")).isEqualTo(second.keyOf("198.51.100.7"))
			.isNotEqualTo(other.keyOf("198.51.100.7"));
	}

}
