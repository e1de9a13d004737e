package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A case worker wrote to the tipster. Published on {@code referrals.status} keyed by
 * report id; the report-service stores it in the tipster's mailbox. Names no worker.
 *
 * <p>
 * {@code v2}: {@code text} is {@link EncryptedText} under the report's data key, bound to
 * this event type, {@code text} and the report id (the record it is keyed by).
 */
public record CaseworkerMessageSent(UUID messageId, UUID reportId, EncryptedText text, Instant sentAt) {

	@Override
	public String toString() {
		return "CaseworkerMessageSent[messageId=" + this.messageId + ", reportId=" + this.reportId + "]";
	}

}
