package org.senim.report.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a tipster sees with their receipt: where the tip stands and the mailbox. */
record FollowUp(UUID reportId, String status, List<HistoryEntry> history, List<MailboxMessage> messages) {

	record HistoryEntry(String status, Instant at) {

	}

	/**
	 * @param from {@code TIPSTER} or {@code CASEWORKER}
	 */
	record MailboxMessage(UUID id, String from, String text, Instant at) {

		@Override
		public String toString() {
			return "MailboxMessage[id=" + this.id + ", from=" + this.from + "]";
		}

	}

	record MessagePosted(UUID messageId, Instant at) {

	}

}
