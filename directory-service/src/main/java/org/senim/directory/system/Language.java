package org.senim.directory.system;

import java.util.Arrays;
import java.util.Locale;

/** The languages the directory answers in. */
public enum Language {

	KK, RU, EN;

	public static final Language DEFAULT = RU;

	/**
	 * The language of a {@code lang} parameter; absent means {@link #DEFAULT}.
	 * @throws InvalidRequestException if the code is not kk, ru or en
	 */
	public static Language of(String field, String code) {
		if (code == null || code.isBlank()) {
			return DEFAULT;
		}
		return Arrays.stream(values())
			.filter((language) -> language.name().equalsIgnoreCase(code.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException(field, "must be one of kk, ru, en"));
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
