package org.senim.gateway.throttle;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/**
 * Buckets in this gateway's memory. All of a limiter's buckets go when the salt rotates
 * (their keys can never come again) or when more pile up than allowed.
 */
class InMemoryBucketStore implements BucketStore {

	private final int maxClients;

	private final Map<String, Generation> limiters = new ConcurrentHashMap<>();

	InMemoryBucketStore(int maxClients) {
		this.maxClients = maxClients;
	}

	@Override
	public Mono<ConsumptionProbe> tryConsume(String limiter, String clientKey, long generation,
			BucketConfiguration configuration) {
		Generation current = this.limiters.compute(limiter,
				(name, existing) -> (existing == null || existing.number() != generation
						|| existing.buckets().size() >= this.maxClients)
								? new Generation(generation, new ConcurrentHashMap<>()) : existing);
		Bucket bucket = current.buckets()
			.computeIfAbsent(clientKey, (key) -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
		return Mono.just(bucket.tryConsumeAndReturnRemaining(1));
	}

	private record Generation(long number, Map<String, Bucket> buckets) {
	}

}
