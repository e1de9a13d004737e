package org.senim.directory.system;

import java.net.URI;

import org.senim.contracts.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401, 403 and 503 of security as problem details, like every other error of the service.
 */
@Component
class ProblemAuthenticationHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final JsonMapper json;

	ProblemAuthenticationHandlers(JsonMapper json) {
		this.json = json;
	}

	/**
	 * 401, or 503 when the token could not be checked at all (the issuer's signing keys
	 * are unreachable): that is not the caller's fault.
	 */
	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		String path = exchange.getRequest().getPath().value();
		if (ex instanceof AuthenticationServiceException) {
			return write(exchange, new Problem(ProblemTypes.UNAVAILABLE, "Service Unavailable", 503,
					"Tokens cannot be checked right now; try again later.", path));
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return write(exchange,
				new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401, "A valid bearer token is required.", path));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		return write(exchange, new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
				"The token does not grant access to this resource.", exchange.getRequest().getPath().value()));
	}

	private Mono<Void> write(ServerWebExchange exchange, Problem problem) {
		exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.json.writeValueAsBytes(problem);
		return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
	}

	private record Problem(URI type, String title, int status, String detail, String instance) {

	}

}
