package org.senim.platform.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One JWT setup for every service ({@link TokenSecurity}), configured by
 * {@code senim.security.*} ({@link TokenProperties}). Each bean backs off where a service
 * or a test defines its own.
 */
@AutoConfiguration(before = ReactiveOAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ ServerHttpSecurity.class, NimbusReactiveJwtDecoder.class, WebClient.class })
@EnableConfigurationProperties(TokenProperties.class)
public final class TokenSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReactiveJwtDecoder jwtDecoder(TokenProperties properties) {
		return TokenValidation.decoder(new RemoteSigningKeys(WebClient.create(), properties, Clock.systemUTC()),
				properties);
	}

	@Bean
	@ConditionalOnMissingBean
	TokenAuthorities tokenAuthorities(TokenProperties properties) {
		return new TokenAuthorities(properties.rolesClaim());
	}

	@Bean
	@ConditionalOnMissingBean
	SecurityProblems securityProblems(TokenProperties properties) {
		return new SecurityProblems(properties.retryAfterSeconds());
	}

	@Bean
	@ConditionalOnMissingBean
	TokenSecurity tokenSecurity(ReactiveJwtDecoder jwtDecoder, TokenAuthorities authorities,
			SecurityProblems problems) {
		return new TokenSecurity(jwtDecoder, authorities, problems);
	}

}
