package org.senim.gateway.system;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import org.senim.contracts.ProblemTypes;

/**
 * Every error the gateway itself raises (no route, method not allowed, a broken upstream)
 * becomes a problem body; a 5xx never echoes an exception message.
 */
@Component
// Before Boot's default handler (order -1), which answers in its own JSON shape.
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

	private static final Log logger = LogFactory.getLog(ProblemErrorHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		HttpStatusCode status = statusOf(ex);
		if (status.is5xxServerError()) {
			// The path only: query strings and bodies of tips are never logged.
			logger.warn("Gateway error " + status.value() + " on " + exchange.getRequest().getPath(), ex);
		}
		return Problems.write(exchange.getResponse(), status, typeOf(status), Problems.titleOf(status),
				detailOf(status));
	}

	private static HttpStatusCode statusOf(Throwable ex) {
		if (ex instanceof ErrorResponse response) {
			return response.getStatusCode();
		}
		// The issuer's keys could not be fetched: sign-in is unavailable, the token may
		// be fine.
		if (ex instanceof AuthenticationServiceException) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		// A service behind a route without a breaker (the live streams) is down or too
		// slow.
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			if (cause instanceof TimeoutException) {
				return HttpStatus.GATEWAY_TIMEOUT;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static URI typeOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> ProblemTypes.NOT_FOUND;
			case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
			case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
			case 429 -> ProblemTypes.RATE_LIMITED;
			case 503, 504 -> ProblemTypes.UNAVAILABLE;
			default -> status.is4xxClientError() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL;
		};
	}

	private static String detailOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not accept that method.";
			case 504, 503 -> "A part of Senim did not answer in time; nothing was saved. Please try again.";
			default -> status.is5xxServerError() ? "Something went wrong on our side; nothing was saved."
					: "The request could not be handled.";
		};
	}

}
