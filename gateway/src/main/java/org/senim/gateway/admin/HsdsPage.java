package org.senim.gateway.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** HSDS 3.0's {@code Page} object around one page of a list (pages count from 1). */
@JsonIgnoreProperties(ignoreUnknown = true)
record HsdsPage<T>(@JsonProperty("total_items") int totalItems, @JsonProperty("total_pages") int totalPages,
		@JsonProperty("page_number") int pageNumber, List<T> contents) {

	HsdsPage {
		contents = (contents != null) ? List.copyOf(contents) : List.of();
		totalPages = Math.max(1, totalPages);
	}

	public boolean hasPrevious() {
		return this.pageNumber > 1;
	}

	public boolean hasNext() {
		return this.pageNumber < this.totalPages;
	}

}
