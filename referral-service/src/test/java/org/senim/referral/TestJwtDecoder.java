package org.senim.referral;

import org.senim.platform.security.TokenValidation;
import org.senim.testing.TestTokens;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Decodes {@link TestTokens} with their public key instead of fetching the issuer's keys,
 * checking them as the platform does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJwtDecoder {

	@Bean
	ReactiveJwtDecoder testJwtDecoder() {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
		decoder.setJwtValidator(TokenValidation.validator(TestTokens.ISSUER, TestTokens.AUDIENCE));
		return decoder;
	}

}
