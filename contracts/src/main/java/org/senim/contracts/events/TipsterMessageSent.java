package org.senim.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The tipster wrote to the case workers from the follow-up mailbox. Published by the
 * report-service on {@code reports.messages} keyed by report id; the referral-service
 * adds it to the case's conversation. Carries nothing of the tipster but the text.
 *
 * <p>
 * {@code v2}: the text is {@link EncryptedText} under the report's data key (field
 * {@code text}, record the report id); {@code v1} is retired.
 *
 * @param messageId the mailbox message's id, the same on both sides
 */
public record TipsterMessageSent(UUID messageId, UUID reportId, EncryptedText text, Instant sentAt) {

	@Override
	public String toString() {
		return "TipsterMessageSent[messageId=" + this.messageId + ", reportId=" + this.reportId + "]";
	}

}
