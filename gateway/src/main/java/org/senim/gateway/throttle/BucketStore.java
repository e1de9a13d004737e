package org.senim.gateway.throttle;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/** Where the token buckets of the rate limits live. */
interface BucketStore {

	/**
	 * Takes one token from the client's bucket of the named limiter; errors when the
	 * store cannot answer.
	 */
	Mono<ConsumptionProbe> tryConsume(String limiter, String clientKey, long generation,
			BucketConfiguration configuration);

}
