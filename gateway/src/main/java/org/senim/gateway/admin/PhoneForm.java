package org.senim.gateway.admin;

import org.springframework.util.MultiValueMap;

/**
 * A phone number to add, as entered and as sent to the admin API.
 *
 * @param free {@code true} when ticked; {@code null} lets the numbering plan say
 */
record PhoneForm(String number, Boolean free) {

	static PhoneForm empty() {
		return new PhoneForm("", null);
	}

	static PhoneForm of(MultiValueMap<String, String> form) {
		return new PhoneForm(Forms.text(form, "number"), Forms.ticked(form, "free") ? Boolean.TRUE : null);
	}

}
