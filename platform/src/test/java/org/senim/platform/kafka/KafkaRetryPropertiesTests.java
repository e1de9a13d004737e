package org.senim.platform.kafka;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KafkaRetryPropertiesTests {

	private final KafkaRetryProperties properties = new KafkaRetryProperties(3, Duration.ofSeconds(1),
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	@Test
	void doublesPausesUpToTheirCaps() {
		assertThat(this.properties.boundedPause(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.properties.boundedPause(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.properties.boundedPause(5)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.properties.transientPause(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(this.properties.transientPause(1_000_000)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void givesTheContainerABoundedBackOffForOtherFailures() {
		BackOffExecution execution = this.properties.boundedBackOff().start();

		assertThat(execution.nextBackOff()).isEqualTo(1000);
		assertThat(execution.nextBackOff()).isEqualTo(2000);
		assertThat(execution.nextBackOff()).isEqualTo(4000);
		assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
	}

	@Test
	void givesTheContainerABackOffWithoutEndForTransientFailures() {
		BackOffExecution execution = this.properties.transientBackOff().start();

		for (int attempt = 0; attempt < 10_000; attempt++) {
			assertThat(execution.nextBackOff()).isNotEqualTo(BackOffExecution.STOP).isLessThanOrEqualTo(30_000);
		}
		assertThat(execution.nextBackOff()).isEqualTo(30_000);
	}

	@Test
	void refusesPausesThatCannotWork() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KafkaRetryProperties(3, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new KafkaRetryProperties(3, Duration.ofSeconds(2),
				Duration.ofSeconds(1), Duration.ofSeconds(30)));
		assertThatIllegalArgumentException().isThrownBy(() -> new KafkaRetryProperties(3, Duration.ofSeconds(2),
				Duration.ofSeconds(10), Duration.ofSeconds(1)));
	}

}
