package org.senim.gateway.admin;

import java.util.List;

/**
 * The directory-service's answer to the page: a 2xx with its body, a 400 with the fields
 * it refused, or another 4xx with its status only.
 */
record DirectoryReply<T>(int status, T body, List<FieldError> errors) {

	DirectoryReply {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	static <T> DirectoryReply<T> ok(int status, T body) {
		return new DirectoryReply<>(status, body, List.of());
	}

	boolean isOk() {
		return this.status >= 200 && this.status < 300;
	}

	boolean is(int expected) {
		return this.status == expected;
	}

	/** The administrator's token was refused: her session no longer stands. */
	boolean isUnauthorized() {
		return this.status == 401 || this.status == 403;
	}

	/** One refused field of an RFC 9457 problem's {@code errors}. */
	record FieldError(String field, String message) {
	}

	/** The directory's 400 problem: only its {@code errors} are read. */
	record Problem(List<FieldError> errors) {
	}

}
