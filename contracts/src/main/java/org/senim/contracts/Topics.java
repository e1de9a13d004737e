package org.senim.contracts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Kafka topic names of DESIGN.md §4. */
public final class Topics {

	public static final String REPORTS_SUBMITTED = "reports.submitted";

	/** Tipsters' messages to case workers, keyed by report id. */
	public static final String REPORTS_MESSAGES = "reports.messages";

	public static final String REFERRALS_STATUS = "referrals.status";

	public static final String ESCALATIONS_POLICE = "escalations.police";

	public static final String DIRECTORY_CHANGES = "directory.changes";

	/** The national tier: offers to the national hotlines when no city can take a tip. */
	public static final String NATIONAL_TIER = "national";

	public static final String REFERRALS_PREFIX = "referrals.";

	/** Pattern of every per-city referral topic, for consumers that follow all cities. */
	public static final Pattern ALL_REFERRAL_TOPICS = Pattern.compile("referrals\\.(?!status$)[a-z0-9-]+");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

	private Topics() {
	}

	/**
	 * The topic of offers to organizations of the given city, e.g.
	 * {@code referrals.almaty}.
	 */
	public static String referralsOf(String citySlug) {
		String slug = citySlug.toLowerCase(Locale.ROOT);
		if (!SLUG.matcher(slug).matches() || "status".equals(slug)) {
			throw new IllegalArgumentException("Not a city slug: " + citySlug);
		}
		return REFERRALS_PREFIX + slug;
	}

	/** The dead-letter topic spring-kafka's recoverer writes to for a source topic. */
	public static String deadLetterOf(String topic) {
		return topic + ".DLT";
	}

}
