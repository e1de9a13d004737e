package org.senim.report.system;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.senim.contracts.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a missing, invalid or expired bearer token with a 401 problem, never with an
 * empty body and never by treating the caller as anonymous. Says nothing about why the
 * token was refused beyond {@code invalid_token}.
 */
class ProblemEntryPoint implements ServerAuthenticationEntryPoint {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.UNAUTHORIZED);
		response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemTypes.UNAUTHORIZED.toString());
		problem.put("title", "Unauthorized");
		problem.put("status", HttpStatus.UNAUTHORIZED.value());
		problem.put("detail", "The bearer token is missing, invalid or expired. Sign in again.");
		problem.put("instance", exchange.getRequest().getPath().pathWithinApplication().value());
		DataBuffer body = response.bufferFactory()
			.wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(body));
	}

}
