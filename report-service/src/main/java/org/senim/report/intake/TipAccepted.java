package org.senim.report.intake;

import java.util.UUID;

/**
 * The answer to an accepted tip. The receipt appears here once and nowhere else.
 *
 * @param status always {@code RECEIVED} for a new tip
 */
record TipAccepted(UUID reportId, String receipt, String status) {

	@Override
	public String toString() {
		return "TipAccepted[reportId=" + this.reportId + ", status=" + this.status + "]";
	}

}
