package org.senim.gateway.ngo;

import java.util.List;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The dashboard's session cookie: {@code HttpOnly}, {@code SameSite=Strict}, sent only to
 * {@code /ngo} (public pages never receive it), ending with the browser, and
 * {@code Secure} when the request came over TLS or the gateway says so (behind a proxy
 * that ends TLS).
 */
class DashboardSessionCookie implements WebSessionIdResolver {

	static final String NAME = "SENIM_NGO_SESSION";

	static final String PATH = "/ngo";

	private final CookieWebSessionIdResolver plain;

	private final CookieWebSessionIdResolver secure;

	DashboardSessionCookie(boolean alwaysSecure) {
		this.plain = resolver(alwaysSecure);
		this.secure = resolver(true);
	}

	private static CookieWebSessionIdResolver resolver(boolean secure) {
		CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
		resolver.setCookieName(NAME);
		resolver.addCookieInitializer((cookie) -> cookie.path(PATH).httpOnly(true).sameSite("Strict").secure(secure));
		return resolver;
	}

	@Override
	public List<String> resolveSessionIds(ServerWebExchange exchange) {
		return this.plain.resolveSessionIds(exchange);
	}

	@Override
	public void setSessionId(ServerWebExchange exchange, String sessionId) {
		of(exchange).setSessionId(exchange, sessionId);
	}

	@Override
	public void expireSession(ServerWebExchange exchange) {
		of(exchange).expireSession(exchange);
	}

	private CookieWebSessionIdResolver of(ServerWebExchange exchange) {
		return (exchange.getRequest().getSslInfo() != null) ? this.secure : this.plain;
	}

}
