package org.senim.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The keys the services' production-shaped profile requires (no defaults there), for
 * {@code up --postgres}: taken from the environment when set, else made once and kept in
 * {@code <data-dir>/secrets.properties} (mode 600), since data encrypted in PostgreSQL
 * must stay readable after a restart.
 */
final class ProductionSecrets {

	static final List<String> NAMES = List.of("SENIM_REPORT_KEY", "SENIM_RECEIPT_PEPPER", "SENIM_REFERRAL_KEY",
			"SENIM_REFERRAL_CLIENT_SECRET");

	private ProductionSecrets() {
	}

	/** The secrets one component needs. */
	static List<String> namesFor(Component component) {
		return switch (component) {
			case REPORT_SERVICE -> List.of("SENIM_REPORT_KEY", "SENIM_RECEIPT_PEPPER");
			case REFERRAL_SERVICE -> List.of("SENIM_REFERRAL_KEY", "SENIM_REFERRAL_CLIENT_SECRET");
			// the referral-service's client of the report-service's key channel
			case ISSUER -> List.of("SENIM_REFERRAL_CLIENT_SECRET");
			default -> List.of();
		};
	}

	static Map<String, String> loadOrCreate(Path file, Map<String, String> env) throws IOException {
		Properties stored = new Properties();
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				stored.load(reader);
			}
		}
		Map<String, String> secrets = new TreeMap<>();
		boolean changed = false;
		for (String name : NAMES) {
			String value = env.get(name);
			if (value == null || value.isBlank()) {
				value = stored.getProperty(name);
			}
			if (value == null) {
				value = random32Bytes();
				stored.setProperty(name, value);
				changed = true;
			}
			secrets.put(name, value);
		}
		if (changed) {
			write(file, stored);
		}
		return secrets;
	}

	private static String random32Bytes() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static void write(Path file, Properties secrets) throws IOException {
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		try (Writer writer = Files.newBufferedWriter(file)) {
			secrets.store(writer, "Keys of ./senim up --postgres; losing them makes stored tips unreadable");
		}
	}

}
