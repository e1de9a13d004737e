package org.senim.report.intake;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.senim.report.system.FieldViolation;
import org.senim.report.system.InvalidInputException;

/**
 * A submission carrying an {@code Idempotency-Key} header: the key and the exact body,
 * whose hashes decide whether a retry is the same request.
 */
record IdempotentRequest(String key, byte[] body) {

	static final String HEADER = "Idempotency-Key";

	/**
	 * The key is what seals the replayable receipt, so it must be able to carry 128
	 * random bits: 22 characters of the base64url alphabet hold 132 (16 random bytes in
	 * base64url without padding, as the gateway's tip forms make them; 32 hex digits and
	 * a UUID fit too). The server cannot see whether they are random; it refuses what is
	 * too short to be.
	 */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22,255}");

	/** Checks the header before the body is read. */
	static void check(String key) {
		if (key != null && !KEY.matcher(key).matches()) {
			throw InvalidInputException.validation(List.of(new FieldViolation(HEADER,
					"must be 22 to 255 characters of A-Z, a-z, 0-9, '-' and '_', made of at least 128 random bits "
							+ "(e.g. 16 random bytes in base64url)")));
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
