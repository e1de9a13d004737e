package org.senim.gateway.throttle;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import org.senim.contracts.ProblemTypes;
import org.senim.gateway.system.Problems;

/**
 * Limits how often one client may call a route: a token bucket per anonymous client key
 * ({@link ClientKeys}) in the configured {@link BucketStore}. Over the limit → 429
 * problem with {@code Retry-After}. When the store cannot answer, a limiter that guards
 * something guessable (receipts) fails closed with 503; others let the request through.
 */
@Component
public class ThrottleGatewayFilterFactory extends AbstractGatewayFilterFactory<ThrottleGatewayFilterFactory.Config> {

	private final Throttles throttles;

	public ThrottleGatewayFilterFactory(Throttles throttles) {
		super(Config.class);
		this.throttles = throttles;
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("name", "capacity", "period", "failClosed");
	}

	@Override
	public GatewayFilter apply(Config config) {
		Throttles.Limit limit = new Throttles.Limit(config.getName(), config.getCapacity(), config.getPeriod(),
				config.isFailClosed());
		return (exchange, chain) -> this.throttles.consume(limit, exchange)
			.flatMap((verdict) -> switch (verdict.outcome()) {
				case ALLOWED -> chain.filter(exchange);
				case LIMITED -> tooMany(exchange, verdict.retryAfterSeconds());
				case UNAVAILABLE -> Problems.write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE,
						ProblemTypes.UNAVAILABLE, "Service unavailable", "Please try again in a minute.");
			});
	}

	private static Mono<Void> tooMany(ServerWebExchange exchange, long seconds) {
		exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
		return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
				"Too many requests", "Too many attempts from here. Please wait " + seconds
						+ " seconds. If you are in danger, call 11616 or 8 800 080 00 15 (free).");
	}

	public static class Config {

		private String name = "default";

		private long capacity = 10;

		private Duration period = Duration.ofMinutes(1);

		private boolean failClosed;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public long getCapacity() {
			return this.capacity;
		}

		public void setCapacity(long capacity) {
			this.capacity = capacity;
		}

		public Duration getPeriod() {
			return this.period;
		}

		public void setPeriod(Duration period) {
			this.period = period;
		}

		public boolean isFailClosed() {
			return this.failClosed;
		}

		public void setFailClosed(boolean failClosed) {
			this.failClosed = failClosed;
		}

		@Override
		public String toString() {
			return "Throttle[" + this.name + ": " + this.capacity + " per " + this.period
					+ (this.failClosed ? ", fails closed" : "") + "]";
		}

	}

}
