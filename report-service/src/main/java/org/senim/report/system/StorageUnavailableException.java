package org.senim.report.system;

/**
 * The service's own infrastructure (its database, its crypto workers) is away for a
 * while, so nothing of the request was stored.
 */
class StorageUnavailableException extends UnavailableException {

	static final String RETRY_AFTER_SECONDS = "10";

	StorageUnavailableException(Throwable cause) {
		super("We cannot store anything right now, so what you sent was not stored. "
				+ "Please try again in a few seconds.", RETRY_AFTER_SECONDS, cause);
	}

}
