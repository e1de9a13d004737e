package org.senim.report.receipt;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 16 digits a tipster keeps to follow up a tip anonymously. Shown once, never stored,
 * never logged: {@link #toString()} hides it.
 */
public record Receipt(String digits) {

	public static final int LENGTH = 16;

	private static final Pattern DIGITS = Pattern.compile("\\d{" + LENGTH + "}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	public Receipt {
		if (digits == null || !DIGITS.matcher(digits).matches()) {
			throw new IllegalArgumentException("A receipt is " + LENGTH + " digits");
		}
	}

	/**
	 * Reads a receipt as typed by a person: spaces and hyphens between groups allowed.
	 */
	public static Optional<Receipt> parse(String typed) {
		if (typed == null || typed.length() > 2 * LENGTH) {
			return Optional.empty();
		}
		String digits = normalize(typed);
		return DIGITS.matcher(digits).matches() ? Optional.of(new Receipt(digits)) : Optional.empty();
	}

	/**
	 * What a typed receipt reads as: spaces and hyphens gone. Every spelling of one
	 * receipt normalizes to the same text, so whatever counts attempts must count this.
	 */
	public static String normalize(String typed) {
		return (typed != null) ? SEPARATORS.matcher(typed).replaceAll("") : "";
	}

	@Override
	public String toString() {
		return "Receipt[hidden]";
	}

}
