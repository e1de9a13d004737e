package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A case worker wrote to the tipster. Published on {@code referrals.status} keyed by
 * report id; the report-service stores it in the tipster's mailbox. Names no worker.
 */
public record CaseworkerMessageSent(UUID messageId, UUID reportId, String text, Instant sentAt) {

}
