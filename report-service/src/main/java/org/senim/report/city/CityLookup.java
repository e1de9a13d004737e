package org.senim.report.city;

import java.util.List;

/**
 * What the directory answered: a city, or "no such city" with suggestions. Not-found is
 * an answer, not a failure, so it never trips the circuit breaker.
 */
sealed interface CityLookup {

	record Found(City city) implements CityLookup {

	}

	record Unknown(List<CitySuggestion> suggestions) implements CityLookup {

		public Unknown {
			suggestions = (suggestions != null) ? List.copyOf(suggestions) : List.of();
		}

	}

}
