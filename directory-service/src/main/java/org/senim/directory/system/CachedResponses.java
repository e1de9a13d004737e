package org.senim.directory.system;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Answers for lists served from memory: an ETag of their version, public caching, and 304
 * when the client already holds that version.
 */
@Component
public class CachedResponses {

	private final CacheControl cacheControl;

	CachedResponses(DirectoryProperties properties) {
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
	}

	public <T> ResponseEntity<T> of(ServerHttpRequest request, String version, T body) {
		String etag = "\"" + version + "\"";
		List<String> ifNoneMatch = request.getHeaders().getIfNoneMatch();
		if (ifNoneMatch.contains(etag) || ifNoneMatch.contains("W/" + etag) || ifNoneMatch.contains("*")) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(this.cacheControl).build();
		}
		return ResponseEntity.ok().eTag(etag).cacheControl(this.cacheControl).body(body);
	}

}
