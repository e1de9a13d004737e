package org.senim.gateway.admin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senim.gateway.admin.DirectoryReply.FieldError;

/**
 * One problem the directory found in an HSDS file: which entry of the array (counted from
 * 1, as people count), which of its fields, and the directory's words for it.
 *
 * @param entry the entry, or {@code null} for a problem of the whole file
 * @param field the field inside the entry ({@code organization.name}), or {@code null}
 */
record ImportProblem(Integer entry, String field, String message) {

	/** {@code [3].organization.name}: the directory's name of a field of an entry. */
	private static final Pattern ENTRY_FIELD = Pattern.compile("^\\[(\\d+)\\]\\.?(.*)$");

	/** The most problems the page lists; the directory lists every one. */
	static final int MAX_LISTED = 100;

	static List<ImportProblem> of(List<FieldError> errors) {
		if (errors.isEmpty()) {
			return List.of(new ImportProblem(null, null, null));
		}
		return errors.stream().limit(MAX_LISTED).map(ImportProblem::of).toList();
	}

	private static ImportProblem of(FieldError error) {
		Matcher entry = (error.field() != null) ? ENTRY_FIELD.matcher(error.field()) : null;
		if (entry != null && entry.matches()) {
			String field = entry.group(2).isEmpty() ? null : entry.group(2);
			return new ImportProblem(Integer.parseInt(entry.group(1)) + 1, field, error.message());
		}
		// The whole file: not a JSON array of services, or not JSON at all.
		return new ImportProblem(null, null, null);
	}

	/** A problem of the whole file, which the page says in its own words. */
	public boolean isOfTheFile() {
		return this.entry == null;
	}

}
