package org.senim.referral.system;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list; the body stays a plain JSON array and the next page is an RFC 8288
 * {@code Link: <…?cursor=…&size=…>; rel="next"} header, a reference relative to the
 * request (so it holds behind the gateway), keeping the request's other parameters.
 *
 * @param next where the next page starts, {@code null} on the last page
 */
public record Page<T>(List<T> items, PageCursor next) {

	public ResponseEntity<List<T>> toResponse(ServerHttpRequest request, PageRequest page) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (this.next != null) {
			String link = UriComponentsBuilder.fromPath(request.getPath().value())
				.queryParams(request.getQueryParams())
				.replaceQueryParam("cursor", this.next.encode())
				.replaceQueryParam("size", page.size())
				.encode()
				.build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
		}
		return response.body(this.items);
	}

}
