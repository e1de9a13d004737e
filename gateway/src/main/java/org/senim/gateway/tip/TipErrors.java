package org.senim.gateway.tip;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Why the tip form came back: the questions to check (by field name), the cities the
 * directory suggests, or a notice for the whole form ({@code limited},
 * {@code unavailable}, {@code tooLarge}).
 */
public record TipErrors(Set<String> fields, boolean unknownCity, List<Suggestion> suggestions, String notice,
		long retryAfterSeconds) {

	public static final TipErrors NONE = new TipErrors(Set.of(), false, List.of(), null, 0);

	public static final TipErrors UNAVAILABLE = new TipErrors(Set.of(), false, List.of(), "unavailable", 0);

	public static final TipErrors TOO_LARGE = new TipErrors(Set.of(), false, List.of(), "tooLarge", 0);

	public static TipErrors limited(long seconds) {
		return new TipErrors(Set.of(), false, List.of(), "limited", seconds);
	}

	public boolean has(String field) {
		return this.fields.contains(field);
	}

	/** A city the directory suggests for a name it did not know. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Suggestion(String slug, String name) {

	}

}
