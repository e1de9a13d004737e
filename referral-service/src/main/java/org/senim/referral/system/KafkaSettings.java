package org.senim.referral.system;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The shape of the topics this service declares. The listeners' retry settings under the
 * same prefix ({@code senim.kafka.retries}, {@code retry-backoff},
 * {@code retry-backoff-max}, {@code transient-backoff-max}) are the platform's
 * ({@code org.senim.platform.kafka.KafkaRetryProperties}).
 *
 * @param replication replication factor of the topics this service declares
 * @param partitions partitions of the topics this service declares
 */
@Validated
@ConfigurationProperties("senim.kafka")
public record KafkaSettings(@Positive short replication, @Positive int partitions) {

}
