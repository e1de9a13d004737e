package org.senim.report.intake;

/** Where a tip stands, as the tipster's follow-up shows it. */
enum ReportStatus {

	/** Stored and queued for routing. */
	RECEIVED

}
