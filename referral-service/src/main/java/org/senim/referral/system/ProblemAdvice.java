package org.senim.referral.system;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.senim.contracts.ProblemTypes;
import org.senim.platform.failure.TransientFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * The one problem-details advice of the service: every error is RFC 9457
 * {@code application/problem+json} with a {@code type} from {@link ProblemTypes}; a 5xx
 * never echoes an exception message.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	// How long a client is asked to wait while the database is away.
	private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	@ExceptionHandler(Exception.class)
	Mono<ResponseEntity<Object>> unexpected(Exception ex, ServerWebExchange exchange) {
		if (TransientFailures.isTransient(ex)) {
			return unavailable(ex, exchange);
		}
		log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed.");
		return handleExceptionInternal(ex, problem, null, HttpStatus.INTERNAL_SERVER_ERROR, exchange);
	}

	// The database (or another part of the service's own infrastructure) is away for a
	// while: worth a retry, not a bug.
	private Mono<ResponseEntity<Object>> unavailable(Exception ex, ServerWebExchange exchange) {
		log.warn("{} {} answered 503: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex.getClass().getSimpleName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The service is briefly unavailable. Please try again in a few seconds.");
		problem.setType(ProblemTypes.UNAVAILABLE);
		problem.setTitle("Service unavailable");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = ex.getBody();
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle("Validation failed");
		problem.setDetail("The request is not valid.");
		problem.setProperty("errors",
				ex.getFieldErrors()
					.stream()
					.map((error) -> Map.of("field", error.getField(), "message",
							Objects.requireNonNullElse(error.getDefaultMessage(), "is not valid")))
					.toList());
		return handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		// Framework exceptions arrive without a body; theirs is the one that is rendered.
		Object problemBody = (body == null && ex instanceof ErrorResponse response) ? response.getBody() : body;
		if (problemBody instanceof ProblemDetail problem) {
			if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
				problem.setType(typeOf(status));
				if (status.is5xxServerError()) {
					problem.setDetail("The request could not be completed.");
				}
			}
		}
		return super.handleExceptionInternal(ex, body, problemHeaders(headers, problemBody), status, exchange);
	}

	// Explicit, so a problem on an endpoint producing only text/event-stream is not
	// written as an event stream.
	private static HttpHeaders problemHeaders(HttpHeaders headers, Object body) {
		if (!(body instanceof ProblemDetail)) {
			return headers;
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		if (headers != null) {
			problemHeaders.putAll(headers);
		}
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return problemHeaders;
	}

	static URI typeOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> ProblemTypes.MALFORMED_REQUEST;
			case 401 -> ProblemTypes.UNAUTHORIZED;
			case 403 -> ProblemTypes.FORBIDDEN;
			case 404 -> ProblemTypes.NOT_FOUND;
			case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
			case 409 -> ProblemTypes.CONFLICT;
			case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
			case 429 -> ProblemTypes.RATE_LIMITED;
			case 503 -> ProblemTypes.UNAVAILABLE;
			default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.MALFORMED_REQUEST;
		};
	}

}
