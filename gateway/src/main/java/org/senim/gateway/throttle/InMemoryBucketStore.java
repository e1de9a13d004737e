package org.senim.gateway.throttle;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/**
 * Buckets in this gateway's memory, at most {@code maxClients} per limiter. Beyond that
 * the least used bucket goes, never all at once: a flood of fresh keys cannot wipe the
 * bucket of a client that is being limited. A bucket left alone for its refill period is
 * full again and is dropped; so are a rotated salt's keys, which never come again.
 */
class InMemoryBucketStore implements BucketStore {

	private final int maxClients;

	private final Map<String, Cache<String, Bucket>> limiters = new ConcurrentHashMap<>();

	InMemoryBucketStore(int maxClients) {
		this.maxClients = maxClients;
	}

	@Override
	public Mono<ConsumptionProbe> tryConsume(String limiter, String clientKey, long generation,
			BucketConfiguration configuration) {
		Cache<String, Bucket> buckets = this.limiters.computeIfAbsent(limiter, (name) -> newCache(configuration));
		Bucket bucket = buckets.get(clientKey,
				(key) -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
		return Mono.just(bucket.tryConsumeAndReturnRemaining(1));
	}

	/** How many buckets the limiter holds now, for tests. */
	long size(String limiter) {
		Cache<String, Bucket> buckets = this.limiters.get(limiter);
		if (buckets == null) {
			return 0;
		}
		buckets.cleanUp();
		return buckets.estimatedSize();
	}

	private Cache<String, Bucket> newCache(BucketConfiguration configuration) {
		return Caffeine.newBuilder()
			.maximumSize(this.maxClients)
			.expireAfterAccess(Duration.ofNanos(configuration.getBandwidths()[0].getRefillPeriodNanos()))
			// Evictions happen on the calling thread, not in the common pool.
			.executor(Runnable::run)
			.build();
	}

}
