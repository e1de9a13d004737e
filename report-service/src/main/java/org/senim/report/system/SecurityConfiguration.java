package org.senim.report.system;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Tip submission, the tipster's follow-up mailbox and the actuator probes are open;
 * anything else needs a JWT of the Senim issuer with audience {@code senim}. A bearer
 * token, where one is sent, must be valid even on open paths (401 problem otherwise): a
 * hotline operator files tips with one. Stateless: no session, no cookie, no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain reportSecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange((exchanges) -> exchanges
				// Every method: these paths answer only POST, so any other gets the 405
				// problem, not a 401 that asks an anonymous tipster for a token.
				.pathMatchers("/api/reports", "/api/reports/followup", "/api/reports/followup/messages")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
						"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				.anyExchange()
				.authenticated())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(new ProblemEntryPoint()))
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(new ProblemEntryPoint())
				.jwt((jwt) -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(rolesConverter())))
			.build();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuerUri().toString()),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						(audiences) -> audiences != null && audiences.contains(properties.audience()))));
		return decoder;
	}

	private static ReactiveJwtAuthenticationConverterAdapter rolesConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

}
