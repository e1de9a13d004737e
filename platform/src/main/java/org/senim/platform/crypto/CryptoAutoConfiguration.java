package org.senim.platform.crypto;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The service key's {@link FieldCipher}, the {@link EnvelopeCipher} of data keys and the
 * default {@link CryptoWorkers}, in a service that configures {@code senim.crypto.*}.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "senim.crypto", name = "current-key-id")
@EnableConfigurationProperties(CryptoProperties.class)
public final class CryptoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FieldCipher fieldCipher(CryptoProperties properties) {
		return new FieldCipher(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeCipher envelopeCipher(FieldCipher fieldCipher) {
		return new EnvelopeCipher(fieldCipher);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Mono.class)
	static class Workers {

		// By name, not type: a service may declare further pools next to this one.
		@Bean
		@Primary
		@ConditionalOnMissingBean(name = "cryptoWorkers")
		CryptoWorkers cryptoWorkers(CryptoProperties properties) {
			return new CryptoWorkers(properties);
		}

	}

}
