package org.senim.referral.offer;

import java.time.Instant;
import java.util.UUID;

/** A message on its way to the tipster's mailbox (through the outbox). */
record MessageSent(UUID messageId, UUID referralId, Instant sentAt) {

}
