package org.senim.directory.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.InvalidRequestException.FieldError;

/**
 * The HSDS list filters of services and services at locations, all ANDed; an absent
 * filter matches everything.
 *
 * @param search text in a name (en/ru/kk) or the description, any case
 * @param taxonomyTermId a term of the Senim service-type taxonomy
 * @param taxonomyId a taxonomy: the Senim one matches every service
 * @param modifiedAfter services modified on or after this instant
 */
record HsdsFilter(String search, UUID taxonomyTermId, UUID taxonomyId, UUID organizationId, Instant modifiedAfter) {

	static final int MAX_SEARCH = 200;

	/** Throws an {@link InvalidRequestException} listing every invalid parameter. */
	static HsdsFilter of(String search, String taxonomyTermId, String taxonomyId, String organizationId,
			String modifiedAfter) {
		return of(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter, new ArrayList<>());
	}

	/** Adds the invalid parameters to the given ones, then throws if there are any. */
	static HsdsFilter of(String search, String taxonomyTermId, String taxonomyId, String organizationId,
			String modifiedAfter, List<FieldError> errors) {
		if (search != null && search.length() > MAX_SEARCH) {
			errors.add(new FieldError("search", "must be at most " + MAX_SEARCH + " characters"));
		}
		HsdsFilter filter = new HsdsFilter((search == null || search.isBlank()) ? null : search.strip(),
				uuid("taxonomy_term_id", taxonomyTermId, errors), uuid("taxonomy_id", taxonomyId, errors),
				uuid("organization_id", organizationId, errors), instant(modifiedAfter, errors));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return filter;
	}

	boolean matches(ServiceRow service) {
		return matchesSearch(service)
				&& (this.taxonomyTermId == null || service.serviceTypeList()
					.stream()
					.anyMatch((type) -> SenimTaxonomy.termId(type).equals(this.taxonomyTermId)))
				&& (this.taxonomyId == null
						|| (SenimTaxonomy.ID.equals(this.taxonomyId) && !service.serviceTypeList().isEmpty()))
				&& (this.organizationId == null || this.organizationId.equals(service.organizationId()))
				&& (this.modifiedAfter == null || (service.lastModified() != null
						&& !service.lastModified().toInstant().isBefore(this.modifiedAfter)));
	}

	private boolean matchesSearch(ServiceRow service) {
		if (this.search == null) {
			return true;
		}
		String wanted = this.search.toLowerCase(Locale.ROOT);
		return Stream.of(service.name(), service.nameRu(), service.nameKk(), service.description())
			.anyMatch((text) -> text != null && text.toLowerCase(Locale.ROOT).contains(wanted));
	}

	private static UUID uuid(String field, String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field, "must be a UUID"));
			return null;
		}
	}

	/** A date-time with offset, or a date (its start in UTC). */
	private static Instant instant(String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException notDateTime) {
			try {
				return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notDate) {
				errors.add(new FieldError("modified_after", "must be an ISO 8601 date-time with offset or a date"));
				return null;
			}
		}
	}

}
