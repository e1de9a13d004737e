package org.senim.gateway.ngo;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A capacity form that was refused (by the gateway, not a number; or by the
 * directory-service, 400): which service, which of its two fields, and what the worker
 * entered, to show again next to the fields in the page's language.
 */
record CapacityRefusal(UUID service, Set<String> fields, String available, String maximum) {

	static final String AVAILABLE = "available";

	static final String MAXIMUM = "maximum";

	/**
	 * The directory's field names ({@code available}, {@code capacity.maximum}…) as ours.
	 */
	static CapacityRefusal of(UUID service, Set<String> directoryFields, String available, String maximum) {
		Set<String> fields = directoryFields.stream()
			.map((field) -> field.toLowerCase(Locale.ROOT))
			.map((field) -> field.contains(AVAILABLE) ? AVAILABLE : field.contains(MAXIMUM) ? MAXIMUM : null)
			.filter((field) -> field != null)
			.collect(Collectors.toSet());
		// A refusal that names neither field is about the pair: say it at the free
		// places.
		return new CapacityRefusal(service, fields.isEmpty() ? Set.of(AVAILABLE) : fields, available, maximum);
	}

	public boolean has(UUID id, String field) {
		return this.service.equals(id) && this.fields.contains(field);
	}

	public boolean isFor(UUID id) {
		return this.service.equals(id);
	}

}
