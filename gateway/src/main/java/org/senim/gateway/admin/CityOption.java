package org.senim.gateway.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A city a service can be in, as {@code GET /api/directory/cities} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CityOption(String slug, Names names) {

	/** Its name in the page's language, or its slug when it has none. */
	public String name(String lang) {
		String name = (this.names == null) ? null : switch (lang) {
			case "kk" -> this.names.kk();
			case "en" -> this.names.en();
			default -> this.names.ru();
		};
		return (name != null) ? name : this.slug;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Names(String en, String ru, String kk) {
	}

}
