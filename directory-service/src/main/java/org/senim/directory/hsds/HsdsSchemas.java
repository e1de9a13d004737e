package org.senim.directory.hsds;

import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.senim.directory.system.InvalidRequestException.FieldError;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The HSDS 3.0 schemas shipped in {@code classpath:hsds-3.0/} (from standards/hsds-3.0).
 */
@Component
public class HsdsSchemas {

	private final Schema service;

	HsdsSchemas() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		this.service = registry.getSchema(SchemaLocation.of("classpath:hsds-3.0/service.json"));
	}

	/**
	 * What makes the document no valid HSDS {@code service}; fields are prefixed (e.g.
	 * {@code [2]} for the third item of an import).
	 */
	public List<FieldError> serviceErrors(String prefix, JsonNode document) {
		return this.service.validate(document)
			.stream()
			.map((error) -> new FieldError(prefix + error.getInstanceLocation().toString().replaceFirst("^\\$", ""),
					error.getMessage()))
			.toList();
	}

}
