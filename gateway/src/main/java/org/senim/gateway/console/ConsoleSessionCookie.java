package org.senim.gateway.console;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The consoles' session cookies: one per console ({@code SENIM_NGO_SESSION} sent only to
 * {@code /ngo} …), {@code HttpOnly}, {@code SameSite=Strict}, ending with the browser,
 * and {@code Secure} when the request came over TLS or the gateway says so (behind a
 * proxy that ends TLS). Outside the consoles there is no session: public pages never read
 * or set one.
 */
class ConsoleSessionCookie implements WebSessionIdResolver {

	private final Map<Console, CookieWebSessionIdResolver> plain = new EnumMap<>(Console.class);

	private final Map<Console, CookieWebSessionIdResolver> secure = new EnumMap<>(Console.class);

	ConsoleSessionCookie(boolean alwaysSecure) {
		for (Console console : Console.values()) {
			this.plain.put(console, resolver(console, alwaysSecure));
			this.secure.put(console, resolver(console, true));
		}
	}

	private static CookieWebSessionIdResolver resolver(Console console, boolean secure) {
		CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
		resolver.setCookieName(console.cookieName());
		resolver.addCookieInitializer(
				(cookie) -> cookie.path(console.path()).httpOnly(true).sameSite("Strict").secure(secure));
		return resolver;
	}

	@Override
	public List<String> resolveSessionIds(ServerWebExchange exchange) {
		return of(exchange).map((resolver) -> resolver.resolveSessionIds(exchange)).orElse(List.of());
	}

	@Override
	public void setSessionId(ServerWebExchange exchange, String sessionId) {
		of(exchange).ifPresent((resolver) -> resolver.setSessionId(exchange, sessionId));
	}

	@Override
	public void expireSession(ServerWebExchange exchange) {
		of(exchange).ifPresent((resolver) -> resolver.expireSession(exchange));
	}

	private Optional<CookieWebSessionIdResolver> of(ServerWebExchange exchange) {
		boolean tls = exchange.getRequest().getSslInfo() != null;
		return Console.of(exchange.getRequest().getPath().value())
			.map((console) -> (tls ? this.secure : this.plain).get(console));
	}

}
