package org.senim.report.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.senim.report.system.FieldViolation;
import org.senim.report.system.InvalidInputException;
import org.senim.report.system.StrictJson;
import tools.jackson.databind.JsonNode;

/** Reads follow-up requests as strictly as tips are read. */
final class FollowUpReader {

	static final int MAX_MESSAGE = 2_000;

	// a receipt as typed: 16 digits, perhaps grouped with spaces or hyphens
	private static final int MAX_RECEIPT = 32;

	private FollowUpReader() {
	}

	/** The receipt of {@code {receipt}}. */
	static String receipt(byte[] body) {
		JsonNode root = StrictJson.readObject(body);
		List<FieldViolation> errors = new ArrayList<>();
		refuseUnknown(root, Set.of("receipt"), errors);
		String receipt = text(root, "receipt", MAX_RECEIPT, false, errors);
		throwIfAny(errors);
		return receipt;
	}

	/** The receipt and text of {@code {receipt, text}}. */
	static Message message(byte[] body) {
		JsonNode root = StrictJson.readObject(body);
		List<FieldViolation> errors = new ArrayList<>();
		refuseUnknown(root, Set.of("receipt", "text"), errors);
		String receipt = text(root, "receipt", MAX_RECEIPT, false, errors);
		String text = text(root, "text", MAX_MESSAGE, true, errors);
		throwIfAny(errors);
		return new Message(receipt, text);
	}

	private static void refuseUnknown(JsonNode root, Set<String> known, List<FieldViolation> errors) {
		root.propertyNames()
			.stream()
			.filter((name) -> !known.contains(name))
			.forEach((name) -> errors.add(new FieldViolation(name, "is not a field of this request")));
	}

	private static String text(JsonNode root, String field, int maxLength, boolean multiline,
			List<FieldViolation> errors) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			errors.add(new FieldViolation(field, "is required"));
			return null;
		}
		if (!node.isString()) {
			errors.add(new FieldViolation(field, "must be a string"));
			return null;
		}
		String value = node.stringValue();
		if (value.isBlank()) {
			errors.add(new FieldViolation(field, "must not be blank"));
		}
		else if (value.codePointCount(0, value.length()) > maxLength) {
			errors.add(new FieldViolation(field, "must be at most " + maxLength + " characters"));
		}
		else if (!StrictJson.isPrintable(value, multiline)) {
			errors.add(new FieldViolation(field, "contains control or invalid characters"));
		}
		return value;
	}

	private static void throwIfAny(List<FieldViolation> errors) {
		if (!errors.isEmpty()) {
			throw InvalidInputException.validation(errors);
		}
	}

	record Message(String receipt, String text) {

		@Override
		public String toString() {
			return "Message[hidden]";
		}

	}

}
