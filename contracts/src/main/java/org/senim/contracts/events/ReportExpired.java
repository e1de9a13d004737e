package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A report reached the end of its retention and was deleted. Published on
 * {@code reports.submitted} keyed by report id (after the tip itself), so every
 * downstream copy can be purged.
 */
public record ReportExpired(UUID reportId, Instant expiredAt) {

}
