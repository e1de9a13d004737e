package org.senim.gateway.throttle;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param saltRotation how long one salt of the client keys lives
 * @param maxClients how many client buckets one in-memory limiter keeps; beyond it the
 * least used go first
 * @param trustedProxies CIDR blocks of the proxies in front of the gateway whose
 * {@code X-Forwarded-For} is believed; empty: the TCP peer is the client
 * @param store where buckets live: this gateway's memory, or Redis shared by all gateways
 * @param sharedSecret with the Redis store: the secret all gateways derive their salts
 * from
 * @param redisUri with the Redis store: the server
 * @param redisTimeout with the Redis store: how long a bucket check may take
 */
@Validated
@ConfigurationProperties("senim.gateway.throttle")
public record ThrottleProperties(@NotNull Duration saltRotation, @Min(1000) int maxClients, @NotNull Store store,
		String sharedSecret, URI redisUri, @NotNull Duration redisTimeout, List<String> trustedProxies) {

	public ThrottleProperties {
		trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : List.of();
		// Fails the start on a malformed block rather than trusting the wrong peers.
		TrustedProxies.of(trustedProxies);
	}

	public enum Store {

		MEMORY, REDIS

	}

}
