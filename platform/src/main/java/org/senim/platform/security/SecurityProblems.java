package org.senim.platform.security;

import java.net.URI;

import org.senim.contracts.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * The 401, 403 and 503 of security as problem details, like every other error of a
 * service. They say nothing about why a token was refused beyond {@code invalid_token}: a
 * prober learns nothing from the answer.
 */
public final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long retryAfterSeconds;

	SecurityProblems(long retryAfterSeconds) {
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/**
	 * 401, or 503 with {@code Retry-After} when the token could not be checked at all
	 * (the issuer's signing keys are unreachable): that is not the caller's fault.
	 */
	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (ex instanceof AuthenticationServiceException) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
			return write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
					"Tokens cannot be checked right now; try again later.");
		}
		boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		response.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
		return write(exchange, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
				"A valid bearer token is required; it is missing, invalid or expired. Sign in again.");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		return write(exchange, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
				"The token does not grant access to this resource.");
	}

	private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, URI type, String detail) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = JSON.writeValueAsBytes(new Problem(type, status.getReasonPhrase(), status.value(), detail,
				exchange.getRequest().getPath().pathWithinApplication().value()));
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	private record Problem(URI type, String title, int status, String detail, String instance) {

	}

}
