package org.senim.gateway.bodylimit;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

import org.senim.contracts.ProblemTypes;
import org.senim.gateway.system.Problems;

/**
 * Refuses a request body over the route's limit with 413, whether it declares its length
 * or arrives chunked. The body is read (up to the limit) before anything is forwarded, so
 * a service never sees part of an oversized request and a breaker never mistakes it for a
 * failing service.
 */
@Component
public class BoundedBodyGatewayFilterFactory
		extends AbstractGatewayFilterFactory<BoundedBodyGatewayFilterFactory.Config> {

	public BoundedBodyGatewayFilterFactory() {
		super(Config.class);
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("maxSize");
	}

	@Override
	public GatewayFilter apply(Config config) {
		int max = Math.toIntExact(config.getMaxSize().toBytes());
		return (exchange, chain) -> {
			if (exchange.getRequest().getHeaders().getContentLength() > max) {
				return tooLarge(exchange, config);
			}
			return DataBufferUtils.join(exchange.getRequest().getBody(), max)
				.map(Mono::just)
				.defaultIfEmpty(Mono.empty())
				.flatMap((body) -> chain
					.filter(exchange.mutate().request(withBody(exchange.getRequest(), body)).build()))
				.onErrorResume(DataBufferLimitException.class, (ex) -> tooLarge(exchange, config));
		};
	}

	private static ServerHttpRequest withBody(ServerHttpRequest request, Mono<DataBuffer> body) {
		return new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.from(body);
			}
		};
	}

	private static Mono<Void> tooLarge(ServerWebExchange exchange, Config config) {
		return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
				"Request too large", "The request is larger than " + config.getMaxSize().toKilobytes()
						+ " KB. Please shorten the text; nothing was saved.");
	}

	public static class Config {

		private DataSize maxSize = DataSize.ofKilobytes(64);

		public DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

		@Override
		public String toString() {
			return "BoundedBody[max=" + this.maxSize + "]";
		}

	}

}
