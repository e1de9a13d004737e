package org.senim.directory.admin;

import java.util.ArrayList;
import java.util.List;

import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.InvalidRequestException.FieldError;

/** Collects every invalid field of a request, so one 400 lists them all. */
final class RequestErrors {

	private final List<FieldError> errors = new ArrayList<>();

	/** A required text: present, not blank, at most {@code max} characters. */
	RequestErrors required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return add(field, "must not be blank");
		}
		return optional(field, value, max);
	}

	/** An optional text of at most {@code max} characters. */
	RequestErrors optional(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, "must be at most " + max + " characters");
		}
		return this;
	}

	RequestErrors present(String field, Object value) {
		return (value != null) ? this : add(field, "must be given");
	}

	RequestErrors add(String field, String message) {
		this.errors.add(new FieldError(field, message));
		return this;
	}

	/** Throws an {@link InvalidRequestException} listing every invalid field, if any. */
	void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new InvalidRequestException(this.errors);
		}
	}

}
