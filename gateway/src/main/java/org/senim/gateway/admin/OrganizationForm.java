package org.senim.gateway.admin;

import org.springframework.util.MultiValueMap;

/**
 * The organization form as entered (kept when refused) and as sent to the admin API: its
 * names are those of the directory's request.
 */
record OrganizationForm(String name, String nameRu, String nameKk, String description, String source, boolean sample) {

	static OrganizationForm empty() {
		return new OrganizationForm("", "", "", "", "", false);
	}

	static OrganizationForm of(OrganizationEntry organization) {
		return new OrganizationForm(organization.name(), organization.nameRu(), organization.nameKk(),
				organization.description(), organization.source(), organization.sample());
	}

	static OrganizationForm of(MultiValueMap<String, String> form) {
		return new OrganizationForm(Forms.text(form, "name"), Forms.text(form, "nameRu"), Forms.text(form, "nameKk"),
				Forms.text(form, "description"), Forms.text(form, "source"), Forms.ticked(form, "sample"));
	}

}
