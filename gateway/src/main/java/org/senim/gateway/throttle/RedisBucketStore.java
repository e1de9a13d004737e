package org.senim.gateway.throttle;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every gateway instance. Keys expire once their bucket would
 * be full again, so Redis holds only clients seen lately.
 */
class RedisBucketStore implements BucketStore {

	private final LettuceBasedProxyManager<byte[]> buckets;

	private final Duration timeout;

	RedisBucketStore(RedisClient client, Duration timeout) {
		this.buckets = Bucket4jLettuce.casBasedBuilder(client)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.timeout = timeout;
	}

	@Override
	public Mono<ConsumptionProbe> tryConsume(String limiter, String clientKey, long generation,
			BucketConfiguration configuration) {
		byte[] key = ("senim:throttle:" + limiter + ":" + clientKey).getBytes(StandardCharsets.UTF_8);
		return Mono
			.fromFuture(() -> this.buckets.asAsync()
				.builder()
				.build(key, () -> java.util.concurrent.CompletableFuture.completedFuture(configuration))
				.tryConsumeAndReturnRemaining(1))
			.timeout(this.timeout);
	}

}
