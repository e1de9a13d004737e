package org.senim.contracts;

import java.net.URI;

/** RFC 9457 problem {@code type} URIs shared by every service. */
public final class ProblemTypes {

	private static final String BASE = "https://senim.org/problems/";

	public static final URI VALIDATION = URI.create(BASE + "validation");

	public static final URI UNKNOWN_CITY = URI.create(BASE + "unknown-city");

	public static final URI NOT_FOUND = URI.create(BASE + "not-found");

	public static final URI CONFLICT = URI.create(BASE + "conflict");

	public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");

	public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");

	public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");

	public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");

	public static final URI PROOF_OF_WORK_REQUIRED = URI.create(BASE + "proof-of-work-required");

	public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");

	public static final URI FORBIDDEN = URI.create(BASE + "forbidden");

	public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");

	public static final URI INTERNAL = URI.create(BASE + "internal");

	private ProblemTypes() {
	}

}
