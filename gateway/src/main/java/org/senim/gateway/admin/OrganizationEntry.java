package org.senim.gateway.admin;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An organization as the HSDS read API serves it, with the Kazakhstan profile's fields.
 *
 * @param assuredDate the day someone last checked its details ({@code null}: never)
 * @param status {@code active}, or {@code inactive} once retired
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrganizationEntry(UUID id, String name, String description, @JsonProperty("name_ru") String nameRu,
		@JsonProperty("name_kk") String nameKk, boolean sample, String source,
		@JsonProperty("assured_date") String assuredDate, String status) {

	public boolean isActive() {
		return !"inactive".equals(this.status);
	}

}
