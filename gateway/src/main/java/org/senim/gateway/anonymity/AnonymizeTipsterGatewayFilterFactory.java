package org.senim.gateway.anonymity;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Makes a tipster's request anonymous before it reaches the report-service: strips every
 * header that can identify a person or their device, and answers with headers that keep
 * the browser from caching, leaking or storing anything.
 *
 * <p>
 * The gateway opens its own connection to the service, so the client's address is never
 * passed on unless a header carries it; those headers are the ones removed here.
 */
@Component
public class AnonymizeTipsterGatewayFilterFactory
		extends AbstractGatewayFilterFactory<AnonymizeTipsterGatewayFilterFactory.Config> {

	static final List<String> IDENTIFYING_HEADERS = List.of(HttpHeaders.COOKIE, HttpHeaders.USER_AGENT,
			HttpHeaders.REFERER, HttpHeaders.FROM, HttpHeaders.ACCEPT_LANGUAGE, "Forwarded", "X-Real-IP",
			"True-Client-IP", "CF-Connecting-IP", "X-Client-IP", "X-Cluster-Client-IP", "Fastly-Client-IP",
			"X-Original-Forwarded-For", "Via", "DNT");

	static final List<String> IDENTIFYING_PREFIXES = List.of("x-forwarded-", "sec-ch-ua");

	public AnonymizeTipsterGatewayFilterFactory() {
		super(Config.class);
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("contentSecurityPolicy");
	}

	@Override
	public GatewayFilter apply(Config config) {
		return (exchange, chain) -> {
			ServerHttpRequest request = exchange.getRequest()
				.mutate()
				.headers(AnonymizeTipsterGatewayFilterFactory::removeIdentifyingHeaders)
				.build();
			exchange.getResponse().beforeCommit(() -> {
				protect(exchange.getResponse().getHeaders(), config);
				return Mono.empty();
			});
			return chain.filter(exchange.mutate().request(request).build());
		};
	}

	/** What the report-service sees instead of the tipster's browser. */
	static final String NEUTRAL_USER_AGENT = "senim-gateway";

	static void removeIdentifyingHeaders(HttpHeaders headers) {
		IDENTIFYING_HEADERS.forEach(headers::remove);
		// Without one, the HTTP client would add its own; a constant says nothing about
		// anyone.
		headers.set(HttpHeaders.USER_AGENT, NEUTRAL_USER_AGENT);
		List<String> prefixed = headers.headerNames()
			.stream()
			.filter((name) -> IDENTIFYING_PREFIXES.stream().anyMatch(name.toLowerCase(Locale.ROOT)::startsWith))
			.toList();
		prefixed.forEach(headers::remove);
	}

	private static void protect(HttpHeaders headers, Config config) {
		headers.remove(HttpHeaders.SET_COOKIE);
		headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
		headers.set(HttpHeaders.PRAGMA, "no-cache");
		headers.set("Referrer-Policy", "no-referrer");
		headers.set("Content-Security-Policy", config.getContentSecurityPolicy());
		headers.set("Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()");
		headers.set("X-Content-Type-Options", "nosniff");
	}

	public static class Config {

		private String contentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

		public String getContentSecurityPolicy() {
			return this.contentSecurityPolicy;
		}

		public void setContentSecurityPolicy(String contentSecurityPolicy) {
			this.contentSecurityPolicy = contentSecurityPolicy;
		}

		@Override
		public String toString() {
			return "AnonymizeTipster[csp='" + this.contentSecurityPolicy + "']";
		}

	}

}
