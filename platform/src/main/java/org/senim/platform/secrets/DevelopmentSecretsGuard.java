package org.senim.platform.secrets;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a service outside the {@code local} profile while one of its secrets
 * is a development value committed to the repository: such a key is a key everyone knows.
 * Runs as a bean factory post-processor, before any other bean (a database connection, a
 * Kafka listener, a web server) is made.
 */
final class DevelopmentSecretsGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	private ConfigurableEnvironment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (this.environment.matchesProfiles(DevelopmentSecrets.LOCAL_PROFILE)) {
			return;
		}
		List<String> offending = offendingProperties(this.environment);
		if (!offending.isEmpty()) {
			throw new IllegalStateException("Refusing to start outside the '" + DevelopmentSecrets.LOCAL_PROFILE
					+ "' profile with a development secret committed to the repository in "
					+ String.join(", ", offending)
					+ ": set each to a fresh random value (openssl rand -base64 32; docs/deploy.md)");
		}
	}

	/** The watched properties whose resolved value is a development value, by name. */
	static List<String> offendingProperties(ConfigurableEnvironment environment) {
		Binder binder = Binder.get(environment);
		TreeSet<String> offending = new TreeSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				StreamSupport.stream(iterable.spliterator(), false)
					.map(Object::toString)
					.filter(DevelopmentSecrets::isWatched)
					.filter((name) -> binder.bind(name, String.class)
						.map(DevelopmentSecrets::isDevelopmentValue)
						.orElse(false))
					.forEach(offending::add);
			}
		}
		return List.copyOf(offending);
	}

}
