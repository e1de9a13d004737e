package org.senim.gateway.police;

import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import org.senim.gateway.console.Console;
import org.senim.gateway.console.ConsoleNotices;
import org.senim.gateway.police.Escalations.EscalationsUnavailableException;

/** A calm console page for every error, never a stack trace or a 500. */
@ControllerAdvice(basePackageClasses = PolicePages.class)
class PolicePages {

	private static final Log logger = LogFactory.getLog(PolicePages.class);

	@ExceptionHandler({ EscalationsUnavailableException.class, WebClientException.class, TimeoutException.class })
	Rendering unavailable() {
		return ConsoleNotices.notice(Console.POLICE, "police.notice.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

	/** A malformed address (an id that is no UUID): there is nothing there. */
	@ExceptionHandler(ServerWebInputException.class)
	Rendering malformed() {
		return ConsoleNotices.notice(Console.POLICE, "police.notice.notFound", HttpStatus.NOT_FOUND);
	}

	/** Anything else: logged (path only), shown as a calm page that asks to try again. */
	@ExceptionHandler(RuntimeException.class)
	Rendering unexpected(RuntimeException ex, ServerWebExchange exchange) {
		logger.warn("Police console error on " + exchange.getRequest().getPath(), ex);
		return ConsoleNotices.notice(Console.POLICE, "police.notice.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
