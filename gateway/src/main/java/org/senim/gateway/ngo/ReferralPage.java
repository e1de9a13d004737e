package org.senim.gateway.ngo;

import java.util.List;

/**
 * One page of the worker's referrals.
 *
 * @param show {@code open} (offered or accepted) or {@code all}
 * @param number the page shown, from 1
 * @param pages how many pages there are (at least 1)
 */
record ReferralPage(String show, List<ReferralView> rows, int number, int pages, int total) {

	static final List<String> SHOWS = List.of("open", "all");

	static ReferralPage of(List<ReferralView> sorted, String show, int requested, int size) {
		List<ReferralView> shown = "all".equals(show) ? sorted : sorted.stream().filter(ReferralView::isOpen).toList();
		int pages = Math.max(1, (shown.size() + size - 1) / size);
		int number = Math.min(Math.max(1, requested), pages);
		int from = (number - 1) * size;
		return new ReferralPage(show, shown.subList(from, Math.min(from + size, shown.size())), number, pages,
				shown.size());
	}

	static String showOf(String asked) {
		return (asked != null && SHOWS.contains(asked)) ? asked : "open";
	}

	/** New offers are added live only where they belong: on the first page. */
	public boolean isLive() {
		return this.number == 1;
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < this.pages;
	}

}
