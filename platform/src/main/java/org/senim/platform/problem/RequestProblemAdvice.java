package org.senim.platform.problem;

import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.MethodNotAllowedException;

/**
 * Problems of a request's shape that every service answers alike, before its own advice:
 * a body over {@code spring.http.codecs.max-in-memory-size} is a 413, a method the
 * resource does not support a 405. Ordered first, so a service's catch-all handler never
 * turns these into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestProblemAdvice {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> bodyTooLarge(DataBufferLimitException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than this service accepts.");
		problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
		problem.setTitle("Request too large");
		problem.setProperty("errors", List.of(new Violation("body", "is too large")));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** The same 405 in every service, with the {@code Allow} header of the resource. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> methodNotAllowed(MethodNotAllowedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
				"This resource does not support the method " + ex.getHttpMethod() + ".");
		problem.setType(ProblemTypes.METHOD_NOT_ALLOWED);
		problem.setTitle("Method not allowed");
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.headers(ex.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * One entry of a problem's {@code errors} list, shaped like the services' own.
	 *
	 * @param field the part of the request that was refused
	 * @param message why, without echoing what was sent
	 */
	record Violation(String field, String message) {

	}

}
