package org.senim.report.system;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Service-wide settings.
 *
 * @param source the CloudEvents {@code source} of this service's events
 * @param kafka partitions and replication of the topics this service declares (the
 * listeners' retries are the platform's {@code senim.kafka.*})
 */
@Validated
@ConfigurationProperties("senim.report")
public record ReportProperties(@NotNull URI source, @Valid @NotNull Kafka kafka) {

	public record Kafka(@Min(1) int partitions, @Min(1) short replication) {

	}

}
