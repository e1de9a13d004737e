package org.senim.directory.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void normalizesTheIomHotlineToE164AsTollFree() {
		assertThat(PhoneNumbers.normalize("8 800 080 00 15"))
			.contains(new PhoneNumbers.Normalized("+78000800015", false, true));
		assertThat(PhoneNumbers.normalize("88000800015"))
			.contains(new PhoneNumbers.Normalized("+78000800015", false, true));
	}

	@Test
	void keepsThePoliceHotlineAsAShortCode() {
		assertThat(PhoneNumbers.normalize("116 16")).contains(new PhoneNumbers.Normalized("11616", true, false));
	}

	@Test
	void rejectsTextThatIsNoDialableNumber() {
		assertThat(PhoneNumbers.normalize("sample — no phone")).isEmpty();
		assertThat(PhoneNumbers.normalize("1234567")).isEmpty();
		assertThat(PhoneNumbers.normalize("")).isEmpty();
		assertThat(PhoneNumbers.normalize(null)).isEmpty();
	}

}
