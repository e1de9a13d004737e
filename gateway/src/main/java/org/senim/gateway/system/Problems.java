package org.senim.gateway.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;

/**
 * Writes RFC 9457 problem bodies from filters and handlers that run outside Spring's
 * controller machinery (security, throttling, body limits, routing errors).
 */
public final class Problems {

	private Problems() {
	}

	public static Mono<Void> write(ServerHttpResponse response, HttpStatusCode status, URI type, String title,
			String detail) {
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setCacheControl("no-store");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.toString());
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		byte[] bytes = JsonMapper.shared().writeValueAsBytes(body);
		response.getHeaders().setContentLength(bytes.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
	}

	public static String titleOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

}
