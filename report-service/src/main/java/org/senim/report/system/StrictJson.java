package org.senim.report.system;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body as one JSON object, refusing repeated properties and trailing
 * content; anything else is a 400 malformed-request problem naming {@code body}.
 */
public final class StrictJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private StrictJson() {
	}

	public static JsonNode readObject(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw InvalidInputException.malformed("body", "is not valid JSON or repeats a property");
		}
		if (root == null || !root.isObject()) {
			throw InvalidInputException.malformed("body", "must be a JSON object");
		}
		return root;
	}

	/**
	 * Whether text is printable: no control characters (but \n, \r and \t when
	 * multi-line) and no lone surrogates.
	 */
	public static boolean isPrintable(String value, boolean multiline) {
		return value.codePoints().allMatch((c) -> {
			if (c == '\n' || c == '\r' || c == '\t') {
				return multiline;
			}
			return !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE;
		});
	}

}
