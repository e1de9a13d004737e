package org.senim.report.city;

import org.senim.report.system.UnavailableException;

/**
 * Neither the directory nor the local replica could confirm the city, so the tip was not
 * stored: 503, asking to retry, with the national hotlines of the seed article.
 */
public class DirectoryUnavailableException extends UnavailableException {

	static final String RETRY_AFTER_SECONDS = "30";

	public DirectoryUnavailableException() {
		super("We cannot confirm the city right now, so your tip was not stored. Please try again in a few minutes.",
				RETRY_AFTER_SECONDS, null);
	}

}
