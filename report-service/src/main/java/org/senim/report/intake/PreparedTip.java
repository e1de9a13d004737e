package org.senim.report.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.platform.crypto.SealedText;
import org.senim.report.idempotency.Fingerprint;
import org.senim.report.idempotency.SealedReceipt;
import org.senim.report.receipt.Receipt;

/**
 * A tip ready to be stored: resolved city, sealed description, its sealed data key,
 * receipt and its hash, and the event to publish. Holds secrets: {@link #toString()}
 * shows only the id.
 */
record PreparedTip(UUID reportId, String city, TipForm form, SealedText description, SealedText dataKey,
		Receipt receipt, byte[] receiptHash, Instant createdAt, boolean operatorEntered,
		SenimEvent<ReportSubmitted> event, Optional<Idempotent> idempotent) {

	/** What an Idempotency-Key submission stores besides the report. */
	record Idempotent(Fingerprint fingerprint, SealedReceipt sealedReceipt) {

	}

	TipAccepted accepted() {
		return new TipAccepted(this.reportId, this.receipt.digits(), ReportStatus.RECEIVED.name());
	}

	@Override
	public String toString() {
		return "PreparedTip[reportId=" + this.reportId + "]";
	}

}
