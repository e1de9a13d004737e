package org.senim.gateway.admin;

import org.springframework.util.MultiValueMap;

/** How the admin page reads its posted forms. */
final class Forms {

	private Forms() {
	}

	/** The field's text without surrounding spaces; empty when absent. */
	static String text(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return (value != null) ? value.replace("\r\n", "\n").strip() : "";
	}

	/** A checkbox: sent only when ticked. */
	static boolean ticked(MultiValueMap<String, String> form, String field) {
		return form.containsKey(field);
	}

}
