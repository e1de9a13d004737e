package org.senim.platform.secrets;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentSecretsGuardTests {

	// The report-service's committed development key (its application.yml, local
	// profile).
	private static final String DEVELOPMENT_KEY = "ZGV2LW9ubHktc2VuaW0tcmVwb3J0LWtleS0zMmJ5dGU=";

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DevelopmentSecretsAutoConfiguration.class));

	@Test
	void refusesToStartWithTheDevelopmentKeyOutsideTheLocalProfile() {
		this.contexts.withPropertyValues("senim.crypto.keys.k1=" + DEVELOPMENT_KEY).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("senim.crypto.keys.k1")
				.hasMessageContaining("outside the 'local' profile")
				.hasMessageNotContaining(DEVELOPMENT_KEY);
		});
	}

	@Test
	void refusesToStartInAnotherProfileWithADevelopmentValueReachedThroughAPlaceholder() {
		this.contexts
			.withPropertyValues("spring.profiles.active=production", "senim.crypto.keys.k2=${SENIM_KEY}",
					"SENIM_KEY=ZGV2LW9ubHktc2VuaW0tcmVmZXJyYWwta2V5LTMyYnk=",
					"senim.gateway.sign-in.client-secret=local-only-gateway-secret")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("senim.crypto.keys.k2, senim.gateway.sign-in.client-secret"));
	}

	@Test
	void refusesTheDevelopmentPepperUnderThePlatformsCryptoSettings() {
		this.contexts.withPropertyValues("senim.crypto.receipt-pepper=ZGV2LW9ubHktc2VuaW0tcmVjZWlwdC1wZXBwZXI=")
			.run((context) -> assertThat(context).getFailure().hasMessageContaining("senim.crypto.receipt-pepper"));
	}

	@Test
	void startsWithTheDevelopmentKeyInTheLocalProfile() {
		this.contexts.withPropertyValues("spring.profiles.active=local", "senim.crypto.keys.k1=" + DEVELOPMENT_KEY)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void startsWithAFreshRandomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.contexts
			.withPropertyValues("senim.crypto.keys.k1=" + Base64.getEncoder().encodeToString(key),
					"senim.report.receipt.pepper=" + Base64.getEncoder().encodeToString(key).substring(4))
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void leavesAnUnresolvedSecretToTheServicesOwnValidation() {
		this.contexts.withPropertyValues("senim.crypto.keys.k1=${SENIM_REPORT_KEY}")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void ignoresADevelopmentValueInAPropertyThatHoldsNoSecret() {
		this.contexts.withPropertyValues("senim.report.source=" + DEVELOPMENT_KEY)
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
