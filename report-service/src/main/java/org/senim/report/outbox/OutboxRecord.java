package org.senim.report.outbox;

import java.util.UUID;

/** One pending row of {@code outbox_event}, as the relay sends it. */
record OutboxRecord(UUID id, long seq, String topic, String recordKey, String eventId, byte[] payload, int attempts) {

	@Override
	public String toString() {
		return "OutboxRecord[seq=" + this.seq + ", topic=" + this.topic + ", eventId=" + this.eventId + "]";
	}

}
