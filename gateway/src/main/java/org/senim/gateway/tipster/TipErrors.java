package org.senim.gateway.tipster;

import java.util.List;
import java.util.Set;

/**
 * Why the tip form came back: the questions to check (by field name), the cities the
 * directory suggests, or a notice for the whole form ({@code limited},
 * {@code unavailable}, {@code tooLarge}).
 */
record TipErrors(Set<String> fields, boolean unknownCity, List<ReportClient.Suggestion> suggestions, String notice,
		long retryAfterSeconds) {

	static final TipErrors NONE = new TipErrors(Set.of(), false, List.of(), null, 0);

	static final TipErrors UNAVAILABLE = new TipErrors(Set.of(), false, List.of(), "unavailable", 0);

	static final TipErrors TOO_LARGE = new TipErrors(Set.of(), false, List.of(), "tooLarge", 0);

	static TipErrors limited(long seconds) {
		return new TipErrors(Set.of(), false, List.of(), "limited", seconds);
	}

	public boolean has(String field) {
		return this.fields.contains(field);
	}

}
