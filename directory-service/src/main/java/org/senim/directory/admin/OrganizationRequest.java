package org.senim.directory.admin;

import java.util.UUID;

import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.ServiceRow;

/**
 * An organization as an administrator creates or replaces it.
 *
 * @param sample whether this is demonstration data (default {@code false})
 */
record OrganizationRequest(String name, String nameRu, String nameKk, String description, String source,
		Boolean sample) {

	/**
	 * @throws org.senim.directory.system.InvalidRequestException if a field is invalid
	 */
	void validate() {
		new RequestErrors().required("name", this.name, 300)
			.optional("nameRu", this.nameRu, 300)
			.optional("nameKk", this.nameKk, 300)
			.optional("description", this.description, 2000)
			.required("source", this.source, 500)
			.throwIfAny();
	}

	/** The new state; the assured date is kept (only a verification sets it). */
	OrganizationRow toRow(UUID id, OrganizationRow current) {
		return new OrganizationRow(id, this.name.strip(), blankToNull(this.nameRu), blankToNull(this.nameKk),
				blankToNull(this.description), Boolean.TRUE.equals(this.sample), this.source.strip(),
				(current != null) ? current.assuredDate() : null, ServiceRow.ACTIVE);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
