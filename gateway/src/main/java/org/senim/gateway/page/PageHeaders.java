package org.senim.gateway.page;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.senim.gateway.console.Console;

/**
 * The headers of every page and asset the gateway serves itself: nothing cached (someone
 * may look through the phone), nothing referred, no script or style from anywhere but
 * here, and never a cookie — except on a staff console ({@code /ngo}, {@code /police} …),
 * whose session cookie is sent to that console's path only. The API routes set their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageHeaders implements WebFilter {

	private final PagesProperties properties;

	PageHeaders(PagesProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (isPage(path)) {
			ServerHttpResponse response = exchange.getResponse();
			response.beforeCommit(() -> {
				if (Console.of(path).isEmpty()) {
					response.getHeaders().remove(HttpHeaders.SET_COOKIE);
				}
				protect(response.getHeaders());
				return Mono.empty();
			});
		}
		return chain.filter(exchange);
	}

	static boolean isPage(String path) {
		return !(path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/fallback/"));
	}

	private void protect(HttpHeaders headers) {
		headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
		headers.set(HttpHeaders.PRAGMA, "no-cache");
		headers.remove(HttpHeaders.EXPIRES);
		headers.set("Content-Security-Policy", this.properties.contentSecurityPolicy());
		headers.set("Referrer-Policy", "no-referrer");
		headers.set("Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()");
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Frame-Options", "DENY");
	}

}
