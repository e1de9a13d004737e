package org.senim.gateway.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.senim.gateway.admin.DirectoryReply.FieldError;

/**
 * The fields of one form the directory (or the page) refused, named as the form names
 * them, to mark next to each field and list in the summary. The page says in its own
 * language what each field takes; the directory's English words are not shown.
 *
 * @param form which form of the page: {@code details}, {@code capacity} or {@code phone}
 */
record FormErrors(String form, Set<String> fields) {

	/** A refused field the form does not have. */
	static final String OTHER = "other";

	/** Every field a form can be refused on, in the order the summary lists them. */
	static final List<String> FIELDS = List.of("organizationId", "name", "nameRu", "nameKk", "description", "city",
			"serviceTypes", "genderEligibility", "hours", "languages", "source", "number", "available", "maximum",
			OTHER);

	FormErrors {
		fields = Set.copyOf(fields);
	}

	/**
	 * {@code serviceTypes[2]} is the form's {@code serviceTypes}; a field the form does
	 * not have is said once, as {@code other}.
	 */
	static FormErrors of(String form, List<FieldError> errors) {
		Set<String> fields = new LinkedHashSet<>();
		for (FieldError error : errors) {
			String field = (error.field() != null) ? error.field().replaceFirst("[\\[.].*$", "") : "";
			fields.add(FIELDS.contains(field) ? field : OTHER);
		}
		return new FormErrors(form, fields.isEmpty() ? Set.of(OTHER) : fields);
	}

	static FormErrors of(String form, String... fields) {
		return new FormErrors(form, Set.of(fields));
	}

	public boolean has(String which, String field) {
		return this.form.equals(which) && this.fields.contains(field);
	}

	public boolean isFor(String which) {
		return this.form.equals(which);
	}

	/** The refused fields in the order of the form. */
	public List<String> listed() {
		return FIELDS.stream().filter(this.fields::contains).toList();
	}

}
