package org.senim.directory.city;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reduces a city name as people write it to a comparison key: Cyrillic (Russian and
 * Kazakh letters) transliterated to Latin, accents, case, spaces and hyphens dropped, and
 * the Latin spellings of the same sound folded together (q/k, gh/g, kh/k, zh/j, sh/s,
 * y/i), so that "Qaraghandy", "Караганда" and "Karagandy" meet.
 */
final class CitySpelling {

	private static final Map<Character, String> CYRILLIC = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
			Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
			Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
			Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
			Map.entry('ю', "yu"), Map.entry('я', "ya"),
			// Kazakh letters
			Map.entry('ә', "a"), Map.entry('ғ', "g"), Map.entry('қ', "k"), Map.entry('ң', "n"), Map.entry('ө', "o"),
			Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"), Map.entry('і', "i"),
			// Latin letters NFD does not decompose
			Map.entry('ı', "i"), Map.entry('ə', "a"));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern REPEATED = Pattern.compile("(.)\\1+");

	private CitySpelling() {
	}

	/** The comparison key of a name; empty if nothing of it is a letter or digit. */
	static String key(String name) {
		String latin = NOT_ALPHANUMERIC.matcher(stripAccents(transliterate(name.toLowerCase(Locale.ROOT))))
			.replaceAll("");
		return REPEATED.matcher(foldSounds(latin)).replaceAll("$1");
	}

	private static String transliterate(String name) {
		StringBuilder latin = new StringBuilder(name.length() + 8);
		for (char letter : name.toCharArray()) {
			String replacement = CYRILLIC.get(letter);
			latin.append((replacement != null) ? replacement : String.valueOf(letter));
		}
		return latin.toString();
	}

	private static String stripAccents(String name) {
		return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
	}

	private static String foldSounds(String latin) {
		return latin.replace("dzh", "j")
			.replace("zh", "j")
			.replace("kh", "k")
			.replace("gh", "g")
			.replace("sh", "s")
			.replace('q', 'k')
			.replace('y', 'i');
	}

	/**
	 * Optimal string alignment distance (Damerau–Levenshtein with adjacent
	 * transpositions, no substring edited twice).
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
