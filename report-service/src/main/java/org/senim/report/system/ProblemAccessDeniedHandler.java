package org.senim.report.system;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.senim.contracts.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/** A valid token without the role a path needs: a 403 problem, not an empty body. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemTypes.FORBIDDEN.toString());
		problem.put("title", "Forbidden");
		problem.put("status", HttpStatus.FORBIDDEN.value());
		problem.put("detail", "This token does not allow this request.");
		problem.put("instance", exchange.getRequest().getPath().pathWithinApplication().value());
		DataBuffer body = response.bufferFactory()
			.wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(body));
	}

}
