package org.senim.report.intake;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.senim.report.system.FieldViolation;
import org.senim.report.system.InvalidInputException;

/**
 * A submission carrying an {@code Idempotency-Key} header: the key and the exact body,
 * whose keyed hashes decide whether a retry is the same request.
 */
record IdempotentRequest(String key, byte[] body) {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	/** Checks the header (visible ASCII, at most 255) before the body is read. */
	static void check(String key) {
		if (key != null && !KEY.matcher(key).matches()) {
			throw InvalidInputException
				.validation(List.of(new FieldViolation(HEADER, "must be 1 to 255 visible ASCII characters")));
		}
	}

	static Optional<IdempotentRequest> of(String key, byte[] body) {
		return (key != null) ? Optional.of(new IdempotentRequest(key, body)) : Optional.empty();
	}

	@Override
	public String toString() {
		return "IdempotentRequest[hidden]";
	}

}
