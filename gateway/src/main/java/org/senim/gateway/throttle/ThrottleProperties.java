package org.senim.gateway.throttle;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param saltRotation how long one salt of the client keys lives
 * @param maxClients how many client buckets one in-memory limiter keeps before it starts
 * afresh
 * @param store where buckets live: this gateway's memory, or Redis shared by all gateways
 * @param sharedSecret with the Redis store: the secret all gateways derive their salts
 * from
 * @param redisUri with the Redis store: the server
 * @param redisTimeout with the Redis store: how long a bucket check may take
 */
@Validated
@ConfigurationProperties("senim.gateway.throttle")
public record ThrottleProperties(@NotNull Duration saltRotation, @Min(1000) int maxClients, @NotNull Store store,
		String sharedSecret, URI redisUri, @NotNull Duration redisTimeout) {

	public enum Store {

		MEMORY, REDIS

	}

}
