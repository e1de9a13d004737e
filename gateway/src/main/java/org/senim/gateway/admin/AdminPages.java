package org.senim.gateway.admin;

import java.net.URI;
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
import org.springframework.web.util.UriComponentsBuilder;

import org.senim.gateway.admin.AdminDirectory.DirectoryUnavailableException;
import org.senim.gateway.console.Console;
import org.senim.gateway.console.ConsoleNotices;
import org.senim.gateway.page.PageLanguage;

/**
 * A calm admin page for every error, never a stack trace or a 500; and the one way a form
 * is answered: a redirect with a notice.
 */
@ControllerAdvice(basePackageClasses = AdminPages.class)
class AdminPages {

	private static final Log logger = LogFactory.getLog(AdminPages.class);

	@ExceptionHandler({ DirectoryUnavailableException.class, WebClientException.class, TimeoutException.class })
	Rendering unavailable() {
		return ConsoleNotices.notice(Console.ADMIN, "admin.notice.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

	/** A malformed address (an id that is no UUID): there is nothing there. */
	@ExceptionHandler(ServerWebInputException.class)
	Rendering malformed() {
		return ConsoleNotices.notice(Console.ADMIN, "admin.notice.notFound", HttpStatus.NOT_FOUND);
	}

	/** Anything else: logged (path only), shown as a calm page that asks to try again. */
	@ExceptionHandler(RuntimeException.class)
	Rendering unexpected(RuntimeException ex, ServerWebExchange exchange) {
		logger.warn("Admin page error on " + exchange.getRequest().getPath(), ex);
		return ConsoleNotices.notice(Console.ADMIN, "admin.notice.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

	/** Not in the directory (404): a calm page. */
	static Rendering notFound() {
		return ConsoleNotices.notice("admin.notice.notFound", HttpStatus.NOT_FOUND);
	}

	/**
	 * 303 to {@code path} with a notice in the page's language: the browser shows the
	 * page again with a GET, so a reload never posts twice.
	 */
	static Rendering seeOther(ServerWebExchange exchange, String path, String notice) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		URI location = UriComponentsBuilder.fromPath(path)
			.queryParam("lang", lang)
			.queryParam("notice", notice)
			.build()
			.toUri();
		return Rendering.redirectTo(location.toString()).status(HttpStatus.SEE_OTHER).build();
	}

}
