package org.senim.referral.outbox;

import java.util.UUID;

/** One unpublished outbox row. */
record OutboxRow(UUID id, long seq, String topic, String recordKey, String eventId, byte[] payload, int attempts) {

}
