package org.senim.referral.directory;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the directory replica.
 *
 * @param replicaCheckTimeout how long the readiness check waits for the broker's end
 * offsets of {@code directory.changes}
 */
@Validated
@ConfigurationProperties("senim.directory")
record DirectoryProperties(@NotNull Duration replicaCheckTimeout) {

}
