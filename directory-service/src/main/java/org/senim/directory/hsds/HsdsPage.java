package org.senim.directory.hsds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** HSDS 3.0's {@code Page} object around one page of a list (pages count from 1). */
record HsdsPage<T>(@JsonProperty("total_items") int totalItems, @JsonProperty("total_pages") int totalPages,
		@JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
		@JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

	static <T> HsdsPage<T> of(List<T> all, int page, int perPage) {
		int totalPages = Math.max(1, (all.size() + perPage - 1) / perPage);
		int from = Math.min(all.size(), (page - 1) * perPage);
		List<T> contents = List.copyOf(all.subList(from, Math.min(all.size(), from + perPage)));
		return new HsdsPage<>(all.size(), totalPages, page, contents.size(), page == 1, page >= totalPages,
				contents.isEmpty(), contents);
	}

}
