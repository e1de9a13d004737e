package org.senim.gateway.throttle;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * First of all filters: when the peer is a trusted proxy, the request's remote address
 * becomes the client that proxy names in {@code X-Forwarded-For}
 * ({@link TrustedProxies#clientOf}); the header itself is removed from every request, so
 * nothing later (a route, a page, a service) reads or forwards it. Only the rate limits
 * use the remote address, as an HMAC ({@link ClientKeys}).
 */
class TrustedProxyWebFilter implements WebFilter, Ordered {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private final TrustedProxies trustedProxies;

	TrustedProxyWebFilter(TrustedProxies trustedProxies) {
		this.trustedProxies = trustedProxies;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		List<String> forwardedFor = request.getHeaders().getOrEmpty(FORWARDED_FOR);
		if (forwardedFor.isEmpty()) {
			return chain.filter(exchange);
		}
		InetSocketAddress peer = request.getRemoteAddress();
		InetAddress client = this.trustedProxies.clientOf((peer != null) ? peer.getAddress() : null, forwardedFor);
		ServerHttpRequest.Builder mutated = request.mutate().headers((headers) -> headers.remove(FORWARDED_FOR));
		if (client != null && peer != null && !client.equals(peer.getAddress())) {
			mutated.remoteAddress(new InetSocketAddress(client, 0));
		}
		return chain.filter(exchange.mutate().request(mutated.build()).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
