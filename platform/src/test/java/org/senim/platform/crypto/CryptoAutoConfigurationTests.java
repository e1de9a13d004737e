package org.senim.platform.crypto;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class CryptoAutoConfigurationTests {

	private static final String KEY = "dGVzdC1vbmx5LXNlbmltLXJlcG9ydC1rZXktMzJieXQ=";

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, CryptoAutoConfiguration.class));

	@Test
	void configuresTheCiphersAndTheDefaultWorkersFromOneTree() {
		this.contexts
			.withPropertyValues("senim.crypto.current-key-id=k1", "senim.crypto.keys.k1=" + KEY,
					"senim.crypto.worker-threads=2", "senim.crypto.queued-tasks=10")
			.run((context) -> {
				assertThat(context).hasSingleBean(FieldCipher.class)
					.hasSingleBean(EnvelopeCipher.class)
					.hasSingleBean(CryptoWorkers.class);
				assertThat(context.getBean(CryptoProperties.class).keys()).containsOnlyKeys("k1");
			});
	}

	@Test
	void staysAwayFromAServiceWithoutKeys() {
		this.contexts.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(FieldCipher.class)
			.doesNotHaveBean(CryptoWorkers.class));
	}

	@Test
	void refusesToStartWithAMalformedKey() {
		this.contexts
			.withPropertyValues("senim.crypto.current-key-id=k1", "senim.crypto.keys.k1=c2hvcnQ=",
					"senim.crypto.worker-threads=2", "senim.crypto.queued-tasks=10")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("senim.crypto.keys.k1 must be 32 bytes"));
	}

	@Test
	void keepsTheDefaultPoolNextToAServicesOwnPool() {
		this.contexts
			.withPropertyValues("senim.crypto.current-key-id=k1", "senim.crypto.keys.k1=" + KEY,
					"senim.crypto.worker-threads=2", "senim.crypto.queued-tasks=10")
			.withUserConfiguration(FollowUpPool.class)
			.run((context) -> {
				assertThat(context.getBeansOfType(CryptoWorkers.class)).containsOnlyKeys("cryptoWorkers",
						"followUpWorkers");
				assertThat(context.getBean(CryptoWorkers.class)).isSameAs(context.getBean("cryptoWorkers"));
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class FollowUpPool {

		@Bean
		CryptoWorkers followUpWorkers() {
			return new CryptoWorkers("follow-up-crypto", 1, 5);
		}

	}

}
