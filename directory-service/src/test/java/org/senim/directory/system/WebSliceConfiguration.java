package org.senim.directory.system;

import org.senim.platform.security.TokenValidation;
import org.senim.testing.TestTokens;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * What a {@code @WebFluxTest} of this service needs besides its controller: the security
 * chain, caching, a clock, and a JWT decoder trusting {@link TestTokens}.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
@Import({ SecurityConfiguration.class, CachedResponses.class, ClockConfiguration.class })
public class WebSliceConfiguration {

	@Bean
	ReactiveJwtDecoder jwtDecoder() {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
		decoder.setJwtValidator(TokenValidation.validator(TestTokens.ISSUER, TestTokens.AUDIENCE));
		return decoder;
	}

}
