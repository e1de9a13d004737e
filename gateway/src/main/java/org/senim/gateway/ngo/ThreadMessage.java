package org.senim.gateway.ngo;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One message of the conversation with the tipster.
 *
 * @param from {@code TIPSTER} or {@code CASEWORKER}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ThreadMessage(UUID id, String from, String text, Instant sentAt) {

	public boolean fromTipster() {
		return "TIPSTER".equals(this.from);
	}

	@Override
	public String toString() {
		return "ThreadMessage[id=" + this.id + ", from=" + this.from + "]";
	}

}
