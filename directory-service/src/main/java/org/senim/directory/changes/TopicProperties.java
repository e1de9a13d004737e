package org.senim.directory.changes;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Shape of the topics this service declares. */
@ConfigurationProperties("senim.kafka.topics")
@Validated
record TopicProperties(@Min(1) int partitions, @Min(1) short replication) {

}
