package org.senim.gateway.tip;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} of one filled-in tip form: made when the form is rendered
 * and sent back with it, so a form sent twice (a double click, a resend after a lost
 * answer) gets the first receipt instead of filing the tip twice.
 */
public record IdempotencyKey(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** At least 128 random bits, URL-safe: what the form itself hands out. */
	private static final Pattern FORM_KEY = Pattern.compile("[A-Za-z0-9_-]{22,64}");

	public static IdempotencyKey fresh() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return new IdempotencyKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The form's key as sent back; a missing or malformed one is replaced. */
	public static IdempotencyKey ofForm(String submitted) {
		return (submitted != null && FORM_KEY.matcher(submitted).matches()) ? new IdempotencyKey(submitted) : fresh();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
