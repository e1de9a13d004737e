package org.senim.report.followup;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ReceiptAttemptsTests {

	private final ReceiptAttempts attempts = new ReceiptAttempts(
			new FollowUpProperties(3, Duration.ofMinutes(10), 1000, 1, 10));

	@Test
	void keepsAHammeredReceiptLimitedWhileManyOtherReceiptsAreTried() {
		String hammered = "1234567812345678";
		for (int i = 0; i < 3; i++) {
			this.attempts.take(hammered);
		}
		for (int i = 0; i < 5000; i++) {
			this.attempts.take(String.format("%016d", i));
			if (i % 50 == 0) {
				// Whoever hammers the receipt keeps trying while the others are tried.
				assertThatExceptionOfType(TooManyAttemptsException.class)
					.isThrownBy(() -> this.attempts.take(hammered));
			}
		}
	}

	@Test
	void countsEachReceiptOnItsOwn() {
		for (int i = 0; i < 3; i++) {
			this.attempts.take("1111222233334444");
		}
		assertThatNoException().isThrownBy(() -> this.attempts.take("5555666677778888"));
		assertThatExceptionOfType(TooManyAttemptsException.class)
			.isThrownBy(() -> this.attempts.take("1111-2222-3333-4444"));
	}

}
