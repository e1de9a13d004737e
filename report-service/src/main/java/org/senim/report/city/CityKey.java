package org.senim.report.city;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which city names are compared: lower case, accents stripped, spaces,
 * hyphens, apostrophes and dots folded away ({@code "Ust-Kamenogorsk"},
 * {@code "ust kamenogorsk"} and {@code "UST_KAMENOGORSK"} are one key).
 */
final class CityKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_'’.]+");

	private CityKey() {
	}

	static String of(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
	}

}
