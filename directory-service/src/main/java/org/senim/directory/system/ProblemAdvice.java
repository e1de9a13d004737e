package org.senim.directory.system;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.contracts.ProblemTypes;
import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Framework errors get
 * Senim's problem {@code type}s; anything unexpected is a 500 without its message.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ProblemAdvice.class);

	private static final String INTERNAL_DETAIL = "The directory could not handle the request.";

	@Override
	protected Mono<ResponseEntity<Object>> handleMissingRequestValueException(MissingRequestValueException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		return invalid(new InvalidRequestException(ex.getName(), "must be given"), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		MethodParameter parameter = ex.getMethodParameter();
		String field = (parameter != null && parameter.getParameterName() != null) ? parameter.getParameterName()
				: "request";
		return invalid(new InvalidRequestException(field, "has an invalid value"), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		if (body instanceof ProblemDetail problem && isBlank(problem.getType())) {
			problem.setType(typeOf(status));
			if (status.is5xxServerError()) {
				problem.setDetail(INTERNAL_DETAIL);
			}
		}
		return super.createResponseEntity(body, headers, status, exchange);
	}

	@ExceptionHandler(Exception.class)
	Mono<ResponseEntity<Object>> handleUnexpected(Exception ex, ServerWebExchange exchange) {
		log.error("Unexpected error on " + exchange.getRequest().getPath().value(), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_DETAIL);
		problem.setType(ProblemTypes.INTERNAL);
		ErrorResponseException internal = new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, problem, null);
		return handleErrorResponseException(internal, internal.getHeaders(), internal.getStatusCode(), exchange);
	}

	private Mono<ResponseEntity<Object>> invalid(InvalidRequestException ex, ServerWebExchange exchange) {
		return handleErrorResponseException(ex, ex.getHeaders(), ex.getStatusCode(), exchange);
	}

	private static boolean isBlank(URI type) {
		return type == null || "about:blank".equals(type.toString());
	}

	private static URI typeOf(HttpStatusCode status) {
		return switch (status.value()) {
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
