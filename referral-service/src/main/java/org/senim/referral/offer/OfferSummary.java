package org.senim.referral.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.senim.contracts.events.ReportSubmitted;

/**
 * A short summary of a tip built only from its coded answers, e.g.
 * {@code Forced labour · minors · Farm}; never from the free-text description.
 */
final class OfferSummary {

	private static final String SEPARATOR = " · ";

	private OfferSummary() {
	}

	static String of(ReportSubmitted report) {
		List<String> parts = new ArrayList<>();
		parts.add(report.exploitationTypes().stream().map(OfferSummary::words).collect(Collectors.joining(", ")));
		if (Boolean.TRUE.equals(report.minorsInvolved())) {
			parts.add("minors");
		}
		if (Boolean.TRUE.equals(report.immediateDanger())) {
			parts.add("immediate danger");
		}
		if (report.victimCount() != null && report.victimCount() > 1) {
			parts.add(report.victimCount() + " victims");
		}
		if (report.venueType() != null) {
			parts.add(words(report.venueType()));
		}
		else if (report.industry() != null) {
			parts.add(words(report.industry()));
		}
		return String.join(SEPARATOR, parts);
	}

	private static String words(Enum<?> code) {
		String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
