package org.senim.platform.secrets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprints of {@link DevelopmentSecrets} against the services' own
 * {@code application.yml}: every committed development value sits in a {@code local}
 * profile under a watched property (so a renamed property or a new development secret
 * fails here until the list follows), and no other profile has one.
 */
class DevelopmentSecretsSyncTests {

	private static final List<String> SERVICES = List.of("gateway", "directory-service", "report-service",
			"referral-service");

	// ${ENV:default}: the default is what a service gets when nobody sets the variable.
	private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("^\\$\\{[^:}]+:(.*)}$");

	@Test
	void findsEveryDevelopmentValueInALocalProfileUnderAWatchedProperty() throws IOException {
		Set<String> found = new HashSet<>();
		for (String service : SERVICES) {
			for (PropertySource<?> document : documents(service)) {
				if (isLocal(document)) {
					watchedValues(document).values()
						.stream()
						.map(DevelopmentSecrets::fingerprint)
						.filter(DevelopmentSecrets.FINGERPRINTS::contains)
						.forEach(found::add);
				}
			}
		}
		assertThat(found).containsExactlyInAnyOrderElementsOf(DevelopmentSecrets.FINGERPRINTS);
	}

	@Test
	void findsNoDevelopmentValueOutsideTheLocalProfiles() throws IOException {
		for (String service : SERVICES) {
			for (PropertySource<?> document : documents(service)) {
				if (!isLocal(document)) {
					assertThat(watchedValues(document)).as(service + " outside the local profile")
						.allSatisfy((name, value) -> assertThat(DevelopmentSecrets.isDevelopmentValue(value)).as(name)
							.isFalse());
				}
			}
		}
	}

	private static List<PropertySource<?>> documents(String service) throws IOException {
		Path file = Path.of("..", service, "src", "main", "resources", "application.yml");
		assertThat(file).exists();
		return new YamlPropertySourceLoader().load(service, new FileSystemResource(file));
	}

	private static boolean isLocal(PropertySource<?> document) {
		Object profile = document.getProperty("spring.config.activate.on-profile");
		return profile != null && DevelopmentSecrets.LOCAL_PROFILE.equals(profile.toString());
	}

	private static Map<String, String> watchedValues(PropertySource<?> document) {
		EnumerablePropertySource<?> properties = (EnumerablePropertySource<?>) document;
		Map<String, String> values = new TreeMap<>();
		for (String name : properties.getPropertyNames()) {
			if (DevelopmentSecrets.isWatched(name)) {
				String value = String.valueOf(properties.getProperty(name));
				Matcher placeholder = PLACEHOLDER_DEFAULT.matcher(value);
				values.put(name, placeholder.matches() ? placeholder.group(1) : value);
			}
		}
		return values;
	}

}
