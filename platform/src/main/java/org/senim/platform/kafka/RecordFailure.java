package org.senim.platform.kafka;

import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.platform.failure.TransientFailures;

/** What a failed record deserves. */
enum RecordFailure {

	/**
	 * It can never be processed (not a readable event): to the dead-letter topic at once.
	 */
	POISON,

	/**
	 * The service's own infrastructure is away: retried until it passes, never
	 * dead-lettered.
	 */
	TRANSIENT,

	/**
	 * Anything else (a bug, a record that keeps failing): bounded retries, then the DLT.
	 */
	OTHER;

	static RecordFailure of(Throwable failure) {
		for (Throwable link = failure; link != null; link = (link.getCause() != link) ? link.getCause() : null) {
			if (link instanceof MalformedEventException) {
				return POISON;
			}
		}
		return TransientFailures.isTransient(failure) ? TRANSIENT : OTHER;
	}

}
