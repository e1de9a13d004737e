package org.senim.directory.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.senim.directory.hsds.HsdsSchemas;
import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.InvalidRequestException.FieldError;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Reads an HSDS import: a JSON array of HSDS 3.0 services, each with its
 * {@code organization}, {@code phones} and the Kazakhstan profile's fields, as the read
 * API serves them. Every item is checked against the HSDS schema and the profile; one
 * invalid item rejects the whole import.
 */
@Component
class HsdsImportReader {

	static final int MAX_ITEMS = 500;

	private final HsdsSchemas schemas;

	HsdsImportReader(HsdsSchemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * The rows to upsert; throws {@link InvalidRequestException} listing every problem.
	 */
	List<ImportedService> read(JsonNode body, Set<String> citySlugs) {
		if (body == null || !body.isArray() || body.isEmpty() || body.size() > MAX_ITEMS) {
			throw new InvalidRequestException("body", "must be a JSON array of 1 to " + MAX_ITEMS + " HSDS services");
		}
		List<FieldError> errors = new ArrayList<>();
		List<ImportedService> imported = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < body.size(); i++) {
			String prefix = "[" + i + "]";
			JsonNode item = body.get(i);
			List<FieldError> invalid = this.schemas.serviceErrors(prefix, item);
			if (invalid.isEmpty() && item.isObject()) {
				ImportedItem reader = new ImportedItem(item, prefix, citySlugs);
				ImportedService service = reader.read();
				invalid = reader.errors();
				if (invalid.isEmpty() && !ids.add(service.service().id().toString())) {
					invalid = List.of(new FieldError(prefix + ".id", "appears twice in the import"));
				}
				imported.add(service);
			}
			else if (invalid.isEmpty()) {
				invalid = List.of(new FieldError(prefix, "must be an HSDS service object"));
			}
			errors.addAll(invalid);
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return imported;
	}

	/** The profile's reading of one item that passed the HSDS schema. */
	private static final class ImportedItem {

		private final JsonNode item;

		private final String prefix;

		private final Set<String> citySlugs;

		private final List<FieldError> found = new ArrayList<>();

		ImportedItem(JsonNode item, String prefix, Set<String> citySlugs) {
			this.item = item;
			this.prefix = prefix;
			this.citySlugs = citySlugs;
		}

		List<FieldError> errors() {
			return List.copyOf(this.found);
		}

		ImportedService read() {
			JsonNode organizationNode = this.item.path("organization");
			if (!organizationNode.isObject()) {
				error(".organization", "must be given (the HSDS organization of the service)");
				return null;
			}
			UUID organizationId = uuid(organizationNode, ".organization.id");
			UUID declared = this.item.hasNonNull("organization_id") ? uuid(this.item, ".organization_id") : null;
			if (declared != null && organizationId != null && !declared.equals(organizationId)) {
				error(".organization_id", "must equal organization.id");
			}
			OrganizationRow organization = new OrganizationRow(organizationId,
					text(organizationNode, ".organization.name", 300, true),
					text(organizationNode, ".organization.name_ru", 300, false),
					text(organizationNode, ".organization.name_kk", 300, false),
					OrganizationRequest.blankToNull(text(organizationNode, ".organization.description", 2000, false)),
					Boolean.TRUE.equals(flag(organizationNode, ".organization.sample")),
					text(organizationNode, ".organization.source", 500, true),
					date(organizationNode, ".organization.assured_date"), ServiceRow.ACTIVE);
			UUID serviceId = uuid(this.item, ".id");
			ServiceRequest request = new ServiceRequest(String.valueOf(organizationId),
					text(this.item, ".name", 300, false), text(this.item, ".name_ru", 300, false),
					text(this.item, ".name_kk", 300, false), text(this.item, ".description", 2000, false),
					text(this.item, ".city", 40, false), strings(".service_types", "service_types"),
					flag(this.item, ".takes_referrals"), flag(this.item, ".accepts_minors"),
					flag(this.item, ".accepts_foreigners"), text(this.item, ".gender_eligibility", 20, false),
					text(this.item, ".hours", 200, false), languages(), text(this.item, ".source", 500, false),
					flag(this.item, ".sample"));
			try {
				request.validate(this.citySlugs);
			}
			catch (InvalidRequestException ex) {
				// the request's camelCase fields named as the document's snake_case ones
				for (FieldError error : invalidFields(ex)) {
					error("." + snakeCase(error.field()), error.message());
				}
			}
			String status = text(this.item, ".status", 20, true);
			if (status != null && !ServiceRow.ACTIVE.equals(status) && !ServiceRow.RETIRED.equals(status)) {
				error(".status", "must be active or inactive");
			}
			Integer available = integer(".capacity_available");
			Integer maximum = integer(".capacity_maximum");
			if ((available == null) != (maximum == null)) {
				error(".capacity_available", "must be given together with capacity_maximum");
			}
			else if (available != null) {
				try {
					new CapacityRequest(available, maximum).validate();
				}
				catch (InvalidRequestException ex) {
					invalidFields(ex)
						.forEach((error) -> error("." + snakeCase("capacity_" + error.field()), error.message()));
				}
			}
			List<PhoneRow> phones = phones(serviceId);
			if (!this.found.isEmpty()) {
				return null;
			}
			ServiceRow service = request.toRow(serviceId, null)
				.withStatus(status)
				.withAssuredDate(date(this.item, ".assured_date"));
			if (available != null) {
				service = service.withCapacity(available, maximum, null);
			}
			return new ImportedService(organization, service, phones);
		}

		private List<PhoneRow> phones(UUID serviceId) {
			List<PhoneRow> phones = new ArrayList<>();
			JsonNode list = this.item.path("phones");
			for (int i = 0; i < list.size(); i++) {
				JsonNode phone = list.get(i);
				String field = ".phones[" + i + "]";
				UUID id = uuid(phone, field + ".id");
				String display = phone.hasNonNull("display") ? phone.get("display").asString()
						: phone.get("number").asString();
				Boolean free = phone.path("free_of_charge").isBoolean() ? phone.get("free_of_charge").booleanValue()
						: null;
				try {
					PhoneRow row = new PhoneRequest(display, free).toRow(serviceId);
					phones.add(new PhoneRow(id, serviceId, row.display(), row.dial(), row.e164(), row.shortCode(),
							row.freeOfCharge()));
				}
				catch (InvalidRequestException ex) {
					error(field + ".number", "must be a valid phone number or short code of Kazakhstan");
				}
			}
			return phones;
		}

		private List<String> languages() {
			JsonNode list = this.item.path("languages");
			if (list.isMissingNode() || list.isNull()) {
				return null;
			}
			List<String> codes = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				JsonNode code = list.get(i).path("code");
				codes.add(code.isString() ? code.asString() : null);
			}
			return codes;
		}

		private List<String> strings(String field, String name) {
			JsonNode list = this.item.path(name);
			if (list.isMissingNode() || list.isNull()) {
				return null;
			}
			if (!list.isArray()) {
				error(field, "must be an array");
				return null;
			}
			List<String> values = new ArrayList<>();
			list.forEach((value) -> values.add(value.isString() ? value.asString() : ""));
			return values;
		}

		private String text(JsonNode node, String field, int max, boolean required) {
			JsonNode value = node.path(field.substring(field.lastIndexOf('.') + 1));
			if (value.isMissingNode() || value.isNull()) {
				if (required) {
					error(field, "must be given");
				}
				return null;
			}
			if (!value.isString()) {
				error(field, "must be a string");
				return null;
			}
			if (required && value.asString().isBlank()) {
				error(field, "must not be blank");
			}
			if (value.asString().length() > max) {
				error(field, "must be at most " + max + " characters");
			}
			return value.asString();
		}

		private Boolean flag(JsonNode node, String field) {
			JsonNode value = node.path(field.substring(field.lastIndexOf('.') + 1));
			if (value.isMissingNode() || value.isNull()) {
				return null;
			}
			if (!value.isBoolean()) {
				error(field, "must be true or false");
				return null;
			}
			return value.booleanValue();
		}

		private Integer integer(String field) {
			JsonNode value = this.item.path(field.substring(1));
			if (value.isMissingNode() || value.isNull()) {
				return null;
			}
			if (!value.isInt()) {
				error(field, "must be an integer");
				return null;
			}
			return value.intValue();
		}

		private UUID uuid(JsonNode node, String field) {
			String text = text(node, field, 36, true);
			try {
				return (text != null) ? UUID.fromString(text) : null;
			}
			catch (IllegalArgumentException ex) {
				error(field, "must be a UUID");
				return null;
			}
		}

		private LocalDate date(JsonNode node, String field) {
			String text = text(node, field, 10, false);
			try {
				return (text != null) ? LocalDate.parse(text) : null;
			}
			catch (DateTimeParseException ex) {
				error(field, "must be a date (yyyy-mm-dd)");
				return null;
			}
		}

		private void error(String field, String message) {
			this.found.add(new FieldError(this.prefix + field, message));
		}

		@SuppressWarnings("unchecked")
		private static List<FieldError> invalidFields(InvalidRequestException ex) {
			return (List<FieldError>) ex.getBody().getProperties().get("errors");
		}

		private static String snakeCase(String field) {
			return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
		}

	}

}
