package org.senim.gateway.ngo;

import java.util.List;
import java.util.Locale;

/**
 * One page of the worker's referrals, as the referral-service pages them (newest first,
 * the next page behind an opaque cursor), the most urgent first on the page.
 *
 * @param show {@code offered} (waiting for her answer), {@code accepted} or {@code all}
 * @param cursor the service's cursor of this page, {@code null} for the first
 * @param nextCursor the service's cursor of the next page, {@code null} on the last
 */
record ReferralPage(String show, List<ReferralView> rows, String cursor, String nextCursor) {

	static final List<String> SHOWS = List.of("offered", "accepted", "all");

	static String showOf(String asked) {
		return (asked != null && SHOWS.contains(asked)) ? asked : SHOWS.get(0);
	}

	/** The status the service filters a view by, or {@code null} for every referral. */
	static String statusOf(String show) {
		return "all".equals(show) ? null : show.toUpperCase(Locale.ROOT);
	}

	/** New offers are added live only where they belong: on the first page of offers. */
	public boolean isLive() {
		return this.cursor == null && !"accepted".equals(this.show);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty() && this.cursor == null;
	}

}
