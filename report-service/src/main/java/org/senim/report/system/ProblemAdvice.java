package org.senim.report.system;

import java.net.URI;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.contracts.ProblemTypes;
import org.senim.platform.failure.TransientFailures;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place that turns exceptions into RFC 9457 problems. Framework problems get a
 * Senim {@code type}; a 5xx never echoes an exception message, and no problem echoes what
 * the tipster sent. Oversized bodies are the platform's {@code RequestProblemAdvice}.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ProblemAdvice.class);

	@ExceptionHandler
	Mono<ResponseEntity<Object>> handleUnexpected(Exception ex, ServerWebExchange exchange) {
		if (TransientFailures.isTransient(ex)) {
			return unavailable(ex, exchange);
		}
		// The class and stack go to the log; the caller learns nothing about internals.
		log.error("Unexpected failure handling " + exchange.getRequest().getMethod() + " "
				+ exchange.getRequest().getPath().pathWithinApplication().value(), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Please try again later or call the national hotlines 11616 or 8 800 080 00 15.");
		problem.setType(ProblemTypes.INTERNAL);
		problem.setTitle("Internal error");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, exchange);
	}

	// The database or the crypto workers are away for a while: worth a retry, not a bug.
	private Mono<ResponseEntity<Object>> unavailable(Exception ex, ServerWebExchange exchange) {
		log.warn(exchange.getRequest().getMethod() + " "
				+ exchange.getRequest().getPath().pathWithinApplication().value() + " answered 503: "
				+ ex.getClass().getSimpleName());
		StorageUnavailableException unavailable = new StorageUnavailableException(ex);
		return handleExceptionInternal(unavailable, unavailable.getBody(), unavailable.getHeaders(),
				unavailable.getStatusCode(), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		// Parser messages may quote the body: answer with our own words only.
		InvalidInputException problem = InvalidInputException.malformed("body", "is missing or not readable JSON");
		return handleExceptionInternal(problem, problem.getBody(), headers, problem.getStatusCode(), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		Object problem = (body == null && ex instanceof ErrorResponse response) ? response.getBody() : body;
		if (problem instanceof ProblemDetail detail && isFrameworkProblem(detail)) {
			describe(detail, status);
		}
		return super.handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	// about:blank marks a problem of the framework; ours already carry a type and our
	// words
	private static boolean isFrameworkProblem(ProblemDetail problem) {
		return problem.getType() == null || URI.create("about:blank").equals(problem.getType());
	}

	private static void describe(ProblemDetail problem, HttpStatusCode status) {
		problem.setType(typeOf(status));
		if (status.isSameCodeAs(HttpStatus.CONTENT_TOO_LARGE)) {
			problem.setDetail("The request body is larger than this service accepts.");
			problem.setProperty("errors", List.of(new FieldViolation("body", "is too large")));
		}
		else if (status.isSameCodeAs(HttpStatus.UNSUPPORTED_MEDIA_TYPE)) {
			problem.setProperty("errors", List.of(new FieldViolation("Content-Type", "must be application/json")));
		}
		else if (status.is5xxServerError()) {
			problem.setDetail("The service cannot answer right now. Please try again later.");
		}
	}

	private static URI typeOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 400, 406, 415 -> ProblemTypes.MALFORMED_REQUEST;
			case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
			case 401 -> ProblemTypes.UNAUTHORIZED;
			case 403 -> ProblemTypes.FORBIDDEN;
			case 404 -> ProblemTypes.NOT_FOUND;
			case 409 -> ProblemTypes.CONFLICT;
			case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
			case 429 -> ProblemTypes.RATE_LIMITED;
			case 503 -> ProblemTypes.UNAVAILABLE;
			default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.MALFORMED_REQUEST;
		};
	}

}
