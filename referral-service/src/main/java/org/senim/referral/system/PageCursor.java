package org.senim.referral.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ends in a list sorted by a time and then an id: the sort key of the last
 * item shown, so the next page starts right after it however many rows were added
 * meanwhile. Opaque to clients (base64url); a cursor this API did not give out is a 400.
 */
public record PageCursor(Instant at, UUID id) {

	private static final String VERSION = "v1";

	public String encode() {
		String plain = VERSION + "|" + this.at + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	public static PageCursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
			if (parts.length != 3 || !VERSION.equals(parts[0])) {
				throw malformed();
			}
			return new PageCursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw malformed();
		}
	}

	private static InvalidQueryException malformed() {
		return new InvalidQueryException("cursor", "must be the cursor of a next link this API gave out");
	}

}
