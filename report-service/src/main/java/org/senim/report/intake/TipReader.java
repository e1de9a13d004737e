package org.senim.report.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.report.system.FieldViolation;
import org.senim.report.system.InvalidInputException;
import org.senim.report.system.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads a tip from the request body, strictly: exact JSON types, known properties and
 * codes only, no repeated property or code, bounded text without control characters.
 * Collects every refused field; never echoes a submitted value.
 */
final class TipReader {

	static final int MAX_DESCRIPTION = 10_000;

	static final int MAX_CITY = 100;

	static final int MAX_VICTIMS = 10_000;

	private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

	private static final Set<String> PROPERTIES = Set.of("city", "exploitationTypes", "description", "industry",
			"controlMethods", "recruitment", "venueType", "victimCount", "minorsInvolved", "immediateDanger",
			"victimNationality", "language", "reporterRole", "consentToPolice");

	private TipReader() {
	}

	static TipForm read(byte[] body) {
		JsonNode root = StrictJson.readObject(body);
		Fields fields = new Fields(root);
		root.propertyNames()
			.stream()
			.filter((name) -> !PROPERTIES.contains(name))
			.forEach((name) -> fields.refuse(name, "is not a field of a tip"));
		TipForm form = new TipForm(fields.text("city", MAX_CITY, false),
				fields.codes("exploitationTypes", ExploitationType.class, true),
				fields.text("description", MAX_DESCRIPTION, true), fields.code("industry", Industry.class),
				fields.codes("controlMethods", ControlMethod.class, false),
				fields.code("recruitment", Recruitment.class), fields.code("venueType", VenueType.class),
				fields.count("victimCount", 1, MAX_VICTIMS), fields.flag("minorsInvolved"),
				fields.flag("immediateDanger"), fields.code("victimNationality", VictimNationality.class),
				fields.language("language"), fields.code("reporterRole", ReporterRole.class),
				fields.flag("consentToPolice"));
		if (!fields.errors.isEmpty()) {
			throw InvalidInputException.validation(fields.errors);
		}
		return form;
	}

	/** Reads the properties of one object, collecting what it refuses. */
	private static final class Fields {

		private final JsonNode root;

		private final List<FieldViolation> errors = new ArrayList<>();

		Fields(JsonNode root) {
			this.root = root;
		}

		void refuse(String field, String message) {
			this.errors.add(new FieldViolation(field, message));
		}

		/** Required text; multi-line allows \n, \r and \t. */
		String text(String field, int maxLength, boolean multiline) {
			JsonNode node = present(field);
			if (node == null) {
				refuse(field, "is required");
				return null;
			}
			if (!node.isString()) {
				refuse(field, "must be a string");
				return null;
			}
			String value = node.stringValue();
			if (value.isBlank()) {
				refuse(field, "must not be blank");
			}
			else if (value.codePointCount(0, value.length()) > maxLength) {
				refuse(field, "must be at most " + maxLength + " characters");
			}
			else if (!StrictJson.isPrintable(value, multiline)) {
				refuse(field, "contains control or invalid characters");
			}
			return value;
		}

		<E extends Enum<E>> E code(String field, Class<E> type) {
			JsonNode node = present(field);
			if (node == null) {
				return null;
			}
			return toCode(field, node, type);
		}

		<E extends Enum<E>> List<E> codes(String field, Class<E> type, boolean required) {
			JsonNode node = present(field);
			if (node == null) {
				if (required) {
					refuse(field, "is required");
				}
				return List.of();
			}
			if (!node.isArray()) {
				refuse(field, "must be an array of codes");
				return List.of();
			}
			if (required && node.isEmpty()) {
				refuse(field, "must name at least one code");
			}
			Set<E> codes = new LinkedHashSet<>();
			for (JsonNode element : node.values()) {
				E code = toCode(field, element, type);
				if (code != null && !codes.add(code)) {
					refuse(field, "repeats a code");
				}
			}
			return List.copyOf(codes);
		}

		Integer count(String field, int min, int max) {
			JsonNode node = present(field);
			if (node == null) {
				return null;
			}
			if (!node.isIntegralNumber()) {
				refuse(field, "must be a whole number");
				return null;
			}
			if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
				refuse(field, "must be between " + min + " and " + max);
				return null;
			}
			return node.intValue();
		}

		Boolean flag(String field) {
			JsonNode node = present(field);
			if (node == null) {
				return null;
			}
			if (!node.isBoolean()) {
				refuse(field, "must be true or false");
				return null;
			}
			return node.booleanValue();
		}

		String language(String field) {
			JsonNode node = present(field);
			if (node == null) {
				return null;
			}
			if (!node.isString() || !LANGUAGES.contains(node.stringValue())) {
				refuse(field, "must be one of " + new TreeSet<>(LANGUAGES));
				return null;
			}
			return node.stringValue();
		}

		/** The property's value, or null when absent or JSON null. */
		private JsonNode present(String field) {
			JsonNode node = this.root.get(field);
			return (node == null || node.isNull()) ? null : node;
		}

		private <E extends Enum<E>> E toCode(String field, JsonNode node, Class<E> type) {
			if (node.isString()) {
				for (E candidate : EnumSet.allOf(type)) {
					if (candidate.name().equals(node.stringValue())) {
						return candidate;
					}
				}
			}
			refuse(field, "must be one of " + EnumSet.allOf(type));
			return null;
		}

	}

}
