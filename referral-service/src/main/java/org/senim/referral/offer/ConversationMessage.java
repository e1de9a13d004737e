package org.senim.referral.offer;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a case's conversation with its tipster, as case workers read it. Names
 * no worker and no organization.
 *
 * @param id the message id, the same in the tipster's mailbox
 */
record ConversationMessage(UUID id, Author from, String text, Instant sentAt) {

	/** Who wrote a message. */
	enum Author {

		TIPSTER, CASEWORKER

	}

	@Override
	public String toString() {
		return "ConversationMessage[id=" + this.id + ", from=" + this.from + "]";
	}

}
