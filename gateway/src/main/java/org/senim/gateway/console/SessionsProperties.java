package org.senim.gateway.console;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the consoles' sessions live: in this gateway's memory, or in Redis so that every
 * gateway behind the load balancer knows every session (and a restart signs nobody out).
 *
 * @param store {@code memory} or {@code redis}
 * @param timeout how long a session lasts without a request
 * @param redisUri the Redis server of the {@code redis} store
 * @param redisTimeout how long one Redis command may take
 */
@Validated
@ConfigurationProperties("senim.gateway.sessions")
public record SessionsProperties(@NotNull Store store, @NotNull Duration timeout, @NotNull URI redisUri,
		@NotNull Duration redisTimeout) {

	public enum Store {

		MEMORY, REDIS

	}

}
