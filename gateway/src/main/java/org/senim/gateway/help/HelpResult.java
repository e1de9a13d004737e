package org.senim.gateway.help;

import java.util.List;

/** What the help page shows below the national hotlines. */
sealed interface HelpResult {

	/**
	 * For the template, which may not test types: {@code found}, {@code unknown} or
	 * {@code away}.
	 */
	String kind();

	/**
	 * The city's name in the page's language and its services; the national hotlines are
	 * on every page already.
	 */
	record Found(String cityName, List<ServiceCard> local) implements HelpResult {

		@Override
		public String kind() {
			return "found";
		}

	}

	/** No city matched what was typed; the directory's nearest spellings. */
	record UnknownCity(String typed, List<HotlineFinder.CityOption> suggestions) implements HelpResult {

		@Override
		public String kind() {
			return "unknown";
		}

	}

	/** The directory did not answer: the national hotlines above are what we have. */
	record DirectoryAway() implements HelpResult {

		@Override
		public String kind() {
			return "away";
		}

	}

}
