package org.senim.gateway.admin;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.senim.gateway.page.PageLanguage;

/**
 * A too large HSDS file is answered with the import page and a notice, not a problem
 * body: refused by its stated length before anything is read, or, without one, when the
 * multipart reader's limit stops it (which can happen while the CSRF check reads the
 * form, before any controller). Runs before the security chain for that reason.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ImportSizeLimit implements WebFilter {

	/** Room for the form's other fields and the multipart boundaries around the file. */
	private static final long FORM_OVERHEAD = 8 * 1024;

	private final long maxBody;

	ImportSizeLimit(AdminProperties properties) {
		this.maxBody = properties.importMaxSize().toBytes() + FORM_OVERHEAD;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())
				|| !ImportController.PATH.equals(exchange.getRequest().getPath().value())) {
			return chain.filter(exchange);
		}
		if (exchange.getRequest().getHeaders().getContentLength() > this.maxBody) {
			return tooLarge(exchange);
		}
		return chain.filter(exchange)
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> exchange.getResponse().isCommitted() ? Mono.error(ex) : tooLarge(exchange));
	}

	private static Mono<Void> tooLarge(ServerWebExchange exchange) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
		exchange.getResponse()
			.getHeaders()
			.setLocation(URI.create(ImportController.PATH + "?lang=" + lang + "&notice=tooLarge"));
		return exchange.getResponse().setComplete();
	}

}
