package org.senim.gateway.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * The calm page a console shows instead of an error: a title and a sentence, both from
 * the message bundles ({@code <key>.title} and {@code <key>}), and the way back.
 */
public final class ConsoleNotices {

	private ConsoleNotices() {
	}

	/**
	 * @param key the notice's message key, e.g. {@code console.notice.signedOut} or a
	 * console's own {@code police.notice.notFound}
	 */
	public static Rendering notice(String key, HttpStatus status) {
		return Rendering.view("console-notice").modelAttribute("notice", key).status(status).build();
	}

	/**
	 * The notice of an exception handler, whose model has none of the advices'
	 * attributes: it names its console itself.
	 */
	public static Rendering notice(Console console, String key, HttpStatus status) {
		return Rendering.view("console-notice")
			.modelAttribute("console", console)
			.modelAttribute("notice", key)
			.status(status)
			.build();
	}

	static Console consoleOf(ServerWebExchange exchange) {
		return Console.of(exchange.getRequest().getPath().value())
			.orElseThrow(() -> new IllegalStateException("Not a console path: " + exchange.getRequest().getPath()));
	}

}
