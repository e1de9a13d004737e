package org.senim.directory.hsds;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * HSDS {@code language} of a service. The directory stores only the ISO 639-1 code, so
 * the id is derived from the service id and the code (stable across reads).
 */
public record HsdsLanguage(UUID id, @JsonProperty("service_id") UUID serviceId, String name, String code) {

	static HsdsLanguage of(UUID serviceId, String code) {
		UUID id = UUID.nameUUIDFromBytes((serviceId + ":" + code).getBytes(StandardCharsets.UTF_8));
		return new HsdsLanguage(id, serviceId, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH), code);
	}

}
