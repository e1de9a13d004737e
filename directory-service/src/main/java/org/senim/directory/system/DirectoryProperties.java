package org.senim.directory.system;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the directory.
 *
 * @param eventSource the CloudEvents {@code source} of the events this service emits
 * @param staleAfter how long after its last verification an entry counts as stale
 * @param cacheMaxAge how long clients and proxies may cache the public lists
 */
@ConfigurationProperties("senim.directory")
@Validated
public record DirectoryProperties(@NotNull URI eventSource, @NotNull Duration staleAfter,
		@NotNull Duration cacheMaxAge) {

}
