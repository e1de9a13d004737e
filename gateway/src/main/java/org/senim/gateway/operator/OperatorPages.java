package org.senim.gateway.operator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.Console;
import org.senim.gateway.console.ConsoleNotices;

/** A calm operator page for any unexpected error, never a stack trace or a 500. */
@ControllerAdvice(basePackageClasses = OperatorPages.class)
class OperatorPages {

	private static final Log logger = LogFactory.getLog(OperatorPages.class);

	/** Logged (path only), shown as a calm page that asks to try again. */
	@ExceptionHandler(RuntimeException.class)
	Rendering unexpected(RuntimeException ex, ServerWebExchange exchange) {
		logger.warn("Operator page error on " + exchange.getRequest().getPath(), ex);
		return ConsoleNotices.notice(Console.OPERATOR, "operator.notice.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
