package org.senim.report.system;

import org.junit.jupiter.api.Test;
import org.senim.platform.crypto.CryptoProperties;
import org.senim.report.receipt.ReceiptProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsConfigurationTests {

	private static final String KEY = "dGVzdC1vbmx5LXNlbmltLXJlcG9ydC1rZXktMzJieXQ=";

	private static final String PEPPER = "dGVzdC1vbmx5LXJlY2VpcHQtcGVwcGVy";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Secrets.class);

	@Test
	void refusesToStartWithoutTheEncryptionKey() {
		this.runner.withPropertyValues("senim.report.receipt.pepper=" + PEPPER)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("SENIM_REPORT_KEY"));
	}

	@Test
	void refusesToStartWithoutTheReceiptPepper() {
		this.runner.withPropertyValues("senim.crypto.keys.k1=" + KEY)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("SENIM_RECEIPT_PEPPER"));
	}

	@Test
	void refusesAKeyOfTheWrongSize() {
		this.runner.withPropertyValues("senim.crypto.keys.k1=c2hvcnQ=", "senim.report.receipt.pepper=" + PEPPER)
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void startsWithSecretsFromTheEnvironment() {
		this.runner.withPropertyValues("senim.crypto.keys.k1=" + KEY, "senim.report.receipt.pepper=" + PEPPER)
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(CryptoProperties.class)
				.extracting(CryptoProperties::currentKeyId)
				.isEqualTo("k1"));
	}

	@Test
	void hasDevelopmentSecretsOnlyInTheLocalProfile() {
		this.runner.withPropertyValues("spring.profiles.active=local")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ReceiptProperties.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ CryptoProperties.class, ReceiptProperties.class })
	static class Secrets {

	}

}
