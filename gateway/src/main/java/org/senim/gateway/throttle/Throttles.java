package org.senim.gateway.throttle;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The one way to take a token from a client's bucket: used by the {@code Throttle} route
 * filter and by the pages, so a form post and an API call of the same client draw from
 * the same bucket of the same limiter.
 */
@Component
public class Throttles {

	private static final Log logger = LogFactory.getLog(Throttles.class);

	private final ClientKeys clientKeys;

	private final BucketStore store;

	Throttles(ClientKeys clientKeys, BucketStore store) {
		this.clientKeys = clientKeys;
		this.store = store;
	}

	/**
	 * Takes one token of the named limiter for the exchange's client. When the store
	 * cannot answer, a limiter that guards something guessable fails closed.
	 */
	public Mono<Verdict> consume(Limit limit, ServerWebExchange exchange) {
		return this.store
			.tryConsume(limit.name(), this.clientKeys.keyOf(exchange), this.clientKeys.generation(), limit.bucket())
			.map(Verdict::of)
			.onErrorResume((ex) -> {
				logger.warn("Rate limit store unavailable for limiter '" + limit.name() + "': "
						+ ex.getClass().getSimpleName());
				return Mono.just(limit.failClosed() ? Verdict.UNAVAILABLE : Verdict.ALLOWED);
			});
	}

	/** A limiter: {@code capacity} requests per {@code period} for each client. */
	public record Limit(String name, long capacity, Duration period, boolean failClosed) {

		BucketConfiguration bucket() {
			return BucketConfiguration.builder()
				.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build())
				.build();
		}

	}

	/** What the bucket said; {@code retryAfterSeconds} only when limited. */
	public record Verdict(Outcome outcome, long retryAfterSeconds) {

		static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, 0);

		static final Verdict UNAVAILABLE = new Verdict(Outcome.UNAVAILABLE, 0);

		static Verdict of(ConsumptionProbe probe) {
			return probe.isConsumed() ? ALLOWED : new Verdict(Outcome.LIMITED,
					Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
		}

	}

	public enum Outcome {

		ALLOWED, LIMITED, UNAVAILABLE

	}

}
