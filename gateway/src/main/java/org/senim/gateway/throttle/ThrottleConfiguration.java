package org.senim.gateway.throttle;

import java.time.Clock;

import io.lettuce.core.RedisClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

	@Bean
	ClientKeys clientKeys(ThrottleProperties properties) {
		if (properties.store() == ThrottleProperties.Store.REDIS
				&& (properties.sharedSecret() == null || properties.sharedSecret().length() < 32)) {
			throw new IllegalStateException(
					"senim.gateway.throttle.shared-secret (SENIM_THROTTLE_SECRET) of at least 32 characters is required with the Redis store");
		}
		return new ClientKeys(properties.saltRotation(), Clock.systemUTC(), properties.sharedSecret());
	}

	@Bean
	TrustedProxyWebFilter trustedProxyWebFilter(ThrottleProperties properties) {
		return new TrustedProxyWebFilter(TrustedProxies.of(properties.trustedProxies()));
	}

	@Bean
	@ConditionalOnProperty(name = "senim.gateway.throttle.store", havingValue = "memory", matchIfMissing = true)
	BucketStore inMemoryBucketStore(ThrottleProperties properties) {
		return new InMemoryBucketStore(properties.maxClients());
	}

	@Bean(destroyMethod = "shutdown")
	@ConditionalOnProperty(name = "senim.gateway.throttle.store", havingValue = "redis")
	RedisClient throttleRedisClient(ThrottleProperties properties) {
		return RedisClient.create(properties.redisUri().toString());
	}

	@Bean
	@ConditionalOnProperty(name = "senim.gateway.throttle.store", havingValue = "redis")
	BucketStore redisBucketStore(RedisClient throttleRedisClient, ThrottleProperties properties) {
		return new RedisBucketStore(throttleRedisClient, properties.redisTimeout());
	}

}
