package org.senim.referral.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list API (DESIGN.md §3, docs/decisions.md "Paging"): {@code ?size=} from
 * 1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when absent; {@code ?cursor=} from the
 * {@code Link: rel="next"} of the page before, absent for the first page.
 *
 * @param after where the page before ended, {@code null} for the first page
 */
public record PageRequest(int size, PageCursor after) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public static PageRequest of(String size, String cursor) {
		return new PageRequest(size(size), (cursor != null) ? PageCursor.decode(cursor) : null);
	}

	/**
	 * How many rows to read: one more than the page shows, to learn if another follows.
	 */
	public int fetchSize() {
		return this.size + 1;
	}

	/**
	 * The page of the rows read with {@link #fetchSize()}, with the cursor of its last
	 * item if more follow.
	 */
	public <T> Page<T> page(List<T> fetched, Function<T, PageCursor> position) {
		if (fetched.size() <= this.size) {
			return new Page<>(fetched, null);
		}
		List<T> shown = List.copyOf(fetched.subList(0, this.size));
		return new Page<>(shown, position.apply(shown.get(shown.size() - 1)));
	}

	private static int size(String size) {
		if (size == null || size.isBlank()) {
			return DEFAULT_SIZE;
		}
		try {
			int parsed = Integer.parseInt(size.strip());
			if (parsed >= 1 && parsed <= MAX_SIZE) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// answered below like a number out of range
		}
		throw new InvalidQueryException("size", "must be a whole number from 1 to " + MAX_SIZE);
	}

}
