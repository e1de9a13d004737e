package org.senim.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The secrets committed to the repository for the local stack, and the properties that
 * may hold them: the one list to update when a secret is added or renamed. The values are
 * kept only as SHA-256 fingerprints, so they are written nowhere but in the {@code local}
 * profiles of the services' {@code application.yml} (DevelopmentSecretsSyncTests keeps
 * both in step).
 */
public final class DevelopmentSecrets {

	/**
	 * Configuration properties that hold secrets; each stands for itself and every
	 * property under it ({@code senim.crypto} covers {@code senim.crypto.keys.k1},
	 * {@code …keys.k2}).
	 */
	public static final List<String> PROPERTIES = List.of(
			// the platform's crypto settings (one tree for every service)
			"senim.crypto",
			// report-service: the receipts' Argon2 pepper
			"senim.report.receipt.pepper",
			// referral-service: its confidential client at the issuer (the key channel)
			"senim.referral.report-keys.client-secret",
			// gateway: its confidential client at the issuer, the rate-limit keys' salt
			"senim.gateway.sign-in.client-secret", "senim.gateway.throttle.shared-secret");

	/** SHA-256 (hex) of each development value committed in a {@code local} profile. */
	static final Set<String> FINGERPRINTS = Set.of(
			// report-service: senim.crypto.keys.k1
			"e0e0146182d2e3529906b535e4070019e81210592f842f368d7ef4b2d989b322",
			// report-service: senim.report.receipt.pepper
			"cf69ea8d954b9c220136f8eedb70ca316fcf12628aec35b654889c57e4291c67",
			// referral-service: senim.crypto.keys.k1
			"0e391fab765ab32bff01620e3779279e008b9cd1b5491d6b9e55465c637631e1",
			// gateway and the local issuer: senim.gateway.sign-in.client-secret
			"cdde57a6187aeebe7e4a476d18ed7dd53e27d711f63e233dd11f5eff3fb84fc4",
			// referral-service and the local issuer:
			// senim.referral.report-keys.client-secret
			"608b31854304cd0e9532664298493bde1adf6a523fe93c96570858db26b7fb37");

	/** The profile in which the development values are what they are for. */
	public static final String LOCAL_PROFILE = "local";

	private DevelopmentSecrets() {
	}

	/** Whether a configured value is one of the committed development values. */
	public static boolean isDevelopmentValue(String value) {
		return value != null && !value.isEmpty() && FINGERPRINTS.contains(fingerprint(value));
	}

	/** Whether a property is one of {@link #PROPERTIES} or lies under one. */
	static boolean isWatched(String propertyName) {
		return PROPERTIES.stream()
			.anyMatch((watched) -> propertyName.equals(watched) || propertyName.startsWith(watched + "."));
	}

	static String fingerprint(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
