package org.senim.gateway.console;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a service's paged list (the referral-service: a JSON array, the next page
 * behind an opaque cursor in {@code Link: <…?cursor=…>; rel="next"}).
 *
 * @param nextCursor the next page's cursor, {@code null} on the last page
 */
public record Paged<T>(List<T> rows, String nextCursor) {

	private static final Pattern NEXT_LINK = Pattern.compile("\\s*<([^>]*)>\\s*;\\s*rel=\"?next\"?\\s*");

	/** The services' cursors are short URL-safe tokens; anything else is not one. */
	private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=-]{1,200}");

	public Paged {
		rows = List.copyOf(rows);
	}

	public static <T> Paged<T> of(List<T> rows, HttpHeaders headers) {
		return new Paged<>(rows, nextCursor(headers.getOrEmpty(HttpHeaders.LINK)));
	}

	/** The {@code cursor} of the {@code rel="next"} link, or {@code null}. */
	static String nextCursor(List<String> links) {
		return links.stream()
			.flatMap((header) -> Arrays.stream(header.split(",")))
			.map(NEXT_LINK::matcher)
			.filter(Matcher::matches)
			.map((link) -> UriComponentsBuilder.fromUriString(link.group(1))
				.build()
				.getQueryParams()
				.getFirst("cursor"))
			.filter(Objects::nonNull)
			.map((cursor) -> URLDecoder.decode(cursor, StandardCharsets.UTF_8))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The address of a page of a service's list: {@code size}, and {@code status} and
	 * {@code cursor} when given.
	 */
	public static Function<UriBuilder, URI> request(String path, String status, String cursor, int size) {
		return (uri) -> {
			uri.path(path).queryParam("size", size);
			if (status != null) {
				uri.queryParam("status", status);
			}
			if (cursor != null) {
				uri.queryParam("cursor", cursor);
			}
			return uri.build();
		};
	}

	/** A cursor from the address bar, or {@code null} (the first page) if it is none. */
	public static String cursorOf(String asked) {
		return (asked != null && CURSOR.matcher(asked).matches()) ? asked : null;
	}

}
