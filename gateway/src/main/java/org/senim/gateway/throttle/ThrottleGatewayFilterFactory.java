package org.senim.gateway.throttle;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import org.senim.contracts.ProblemTypes;
import org.senim.gateway.system.Problems;

/**
 * Limits how often one client may call a route: a Bucket4j token bucket per anonymous
 * client key ({@link ClientKeys}), held in memory. Over the limit → 429 problem with
 * {@code Retry-After}.
 */
@Component
public class ThrottleGatewayFilterFactory extends AbstractGatewayFilterFactory<ThrottleGatewayFilterFactory.Config> {

	private final ClientKeys clientKeys;

	private final ThrottleProperties properties;

	public ThrottleGatewayFilterFactory(ClientKeys clientKeys, ThrottleProperties properties) {
		super(Config.class);
		this.clientKeys = clientKeys;
		this.properties = properties;
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("capacity", "period");
	}

	@Override
	public GatewayFilter apply(Config config) {
		Buckets buckets = new Buckets(config, this.properties.maxClients());
		return (exchange, chain) -> {
			ConsumptionProbe probe = buckets.of(this.clientKeys.keyOf(exchange), this.clientKeys.generation())
				.tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				return chain.filter(exchange);
			}
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
			exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
			return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
					"Too many requests", "Too many attempts from here. Please wait " + seconds
							+ " seconds. If you are in danger, call 11616 or 8 800 080 00 15 (free).");
		};
	}

	/**
	 * The buckets of one route; all of them go when the salt rotates or too many pile up.
	 */
	private static final class Buckets {

		private final Config config;

		private final int maxClients;

		private volatile long generation;

		private volatile Map<String, Bucket> byClient = new ConcurrentHashMap<>();

		Buckets(Config config, int maxClients) {
			this.config = config;
			this.maxClients = maxClients;
		}

		Bucket of(String clientKey, long currentGeneration) {
			if (currentGeneration != this.generation || this.byClient.size() >= this.maxClients) {
				synchronized (this) {
					if (currentGeneration != this.generation || this.byClient.size() >= this.maxClients) {
						this.byClient = new ConcurrentHashMap<>();
						this.generation = currentGeneration;
					}
				}
			}
			return this.byClient.computeIfAbsent(clientKey, (key) -> newBucket());
		}

		private Bucket newBucket() {
			return Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.config.getCapacity())
					.refillGreedy(this.config.getCapacity(), this.config.getPeriod())
					.build())
				.build();
		}

	}

	public static class Config {

		private long capacity = 10;

		private Duration period = Duration.ofMinutes(1);

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

		@Override
		public String toString() {
			return "Throttle[" + this.capacity + " per " + this.period + "]";
		}

	}

}
