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
		String digits = SEPARATORS.matcher(typed).replaceAll("");
		return DIGITS.matcher(digits).matches() ? Optional.of(new Receipt(digits)) : Optional.empty();
	}

	@Override
	public String toString() {
		return "Receipt[hidden]";
	}

}
