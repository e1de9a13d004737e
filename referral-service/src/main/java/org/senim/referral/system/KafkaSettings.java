package org.senim.referral.system;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Kafka settings of this service beyond Spring Boot's {@code spring.kafka.*}.
 *
 * @param replication replication factor of the topics this service declares
 * @param partitions partitions of the topics this service declares
 * @param retries how often a failed record is retried before it goes to its DLT
 * @param retryBackoff first pause between retries, doubled each time
 * @param retryBackoffMax longest pause between retries
 */
@Validated
@ConfigurationProperties("senim.kafka")
public record KafkaSettings(@Positive short replication, @Positive int partitions, @Min(0) int retries,
		@NotNull Duration retryBackoff, @NotNull Duration retryBackoffMax) {

}
