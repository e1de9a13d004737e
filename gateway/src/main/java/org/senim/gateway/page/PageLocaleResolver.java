package org.senim.gateway.page;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/** Gives the pages' templates the {@link PageLanguage} of each request. */
class PageLocaleResolver implements LocaleContextResolver {

	@Override
	public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
		return new SimpleLocaleContext(PageLanguage.of(exchange.getRequest()).locale());
	}

	@Override
	public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
		throw new UnsupportedOperationException("The language is chosen with ?lang=, never stored");
	}

}
