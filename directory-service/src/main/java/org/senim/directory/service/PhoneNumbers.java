package org.senim.directory.service;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;

/**
 * Normalises phone numbers as written in Kazakhstan with libphonenumber: full numbers to
 * E.164, short codes (like the police's 11616) kept as short dialable codes.
 */
public final class PhoneNumbers {

	static final String REGION = "KZ";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final ShortNumberInfo SHORT_NUMBERS = ShortNumberInfo.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The normalised number, or empty if the text is neither a valid number nor a short
	 * code.
	 */
	public static Optional<Normalized> normalize(String text) {
		if (text == null || text.isBlank() || text.length() > 30) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(text, REGION);
			if (UTIL.isValidNumber(number)) {
				return Optional.of(new Normalized(UTIL.format(number, PhoneNumberFormat.E164), false,
						UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.TOLL_FREE));
			}
			String digits = PhoneNumberUtil.normalizeDigitsOnly(text);
			if (digits.length() <= 6 && SHORT_NUMBERS.isPossibleShortNumberForRegion(number, REGION)) {
				return Optional.of(new Normalized(digits, true, false));
			}
			return Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The digits to dial inside Kazakhstan: the national form of a full number (e.g.
	 * {@code 88000800015}), the code itself for a short code.
	 */
	public static String dial(Normalized number) {
		if (number.shortCode()) {
			return number.value();
		}
		try {
			PhoneNumber parsed = UTIL.parse(number.value(), REGION);
			return PhoneNumberUtil.normalizeDigitsOnly(UTIL.format(parsed, PhoneNumberFormat.NATIONAL));
		}
		catch (NumberParseException ex) {
			throw new IllegalArgumentException("Not a normalised number", ex);
		}
	}

	/**
	 * A normalised number.
	 *
	 * @param value E.164 for a full number, the digits for a short code
	 * @param tollFree whether the numbering plan marks it as free to call
	 */
	public record Normalized(String value, boolean shortCode, boolean tollFree) {

	}

}
