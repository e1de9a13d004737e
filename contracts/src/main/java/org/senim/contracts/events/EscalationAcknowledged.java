package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A police liaison took up an escalation. On {@code escalations.police}, keyed by
 * escalation id.
 */
public record EscalationAcknowledged(UUID escalationId, UUID reportId, Instant acknowledgedAt) {

}
