package org.senim.directory.hsds;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.senim.contracts.codes.ServiceType;

/**
 * The service types ({@link ServiceType}) as an HSDS taxonomy: one taxonomy, one term per
 * type. Ids are name-based UUIDs, the same on every instance and every start.
 */
final class SenimTaxonomy {

	static final UUID ID = uuid("taxonomy:service-types");

	static final Taxonomy TAXONOMY = new Taxonomy(ID, "Senim service types",
			"Kinds of help a service of the Senim directory gives to people affected by human trafficking.", "1");

	static final List<Term> TERMS = Arrays.stream(ServiceType.values())
		.map((type) -> new Term(termId(type), type.name(), label(type),
				"Services of the Senim directory that offer " + label(type).toLowerCase(Locale.ROOT) + ".", ID))
		.toList();

	private SenimTaxonomy() {
	}

	static UUID termId(ServiceType type) {
		return uuid("taxonomy-term:" + type.name());
	}

	/** Name-based ids of things the directory derives (locations, terms). */
	static UUID uuid(String name) {
		return UUID.nameUUIDFromBytes(("senim:" + name).getBytes(StandardCharsets.UTF_8));
	}

	private static String label(ServiceType type) {
		String words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** HSDS {@code taxonomy}. */
	record Taxonomy(UUID id, String name, String description, String version) {

	}

	/** HSDS {@code taxonomy_term}; {@code code} is the {@link ServiceType} code. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Term(UUID id, String code, String name, String description, @JsonProperty("taxonomy_id") UUID taxonomyId) {

	}

}
