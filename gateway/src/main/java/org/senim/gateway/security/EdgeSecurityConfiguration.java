package org.senim.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import org.senim.contracts.ProblemTypes;
import org.senim.gateway.system.Problems;

/**
 * The gateway's first check of who may call what: a valid token of the right role for the
 * worker and police paths. Services check again, per object. Public paths (pages,
 * directory reads, tips) need no token; a tip carries one only when an operator files it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class EdgeSecurityConfiguration {

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http) {
		return http.cors(Customizer.withDefaults())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange((exchanges) -> exchanges
				// Before the NGO workers' rule: the unaccepted alerts are for directory
				// admins.
				.pathMatchers("/api/referrals/alerts", "/api/referrals/alerts/**")
				.hasRole("DIRECTORY_ADMIN")
				.pathMatchers("/api/referrals", "/api/referrals/**")
				.hasRole("NGO_WORKER")
				.pathMatchers("/api/escalations", "/api/escalations/**")
				.hasRole("POLICE_LIAISON")
				.pathMatchers("/api/directory/admin/**")
				.hasRole("DIRECTORY_ADMIN")
				.pathMatchers("/api/directory/ngo/**")
				.hasRole("NGO_WORKER")
				.pathMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info")
				.permitAll()
				.pathMatchers("/actuator/**")
				.denyAll()
				.anyExchange()
				.permitAll())
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(EdgeSecurityConfiguration::authenticationOf))
				.authenticationEntryPoint(
						(exchange, ex) -> Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
								ProblemTypes.UNAUTHORIZED, "Unauthorized", "A valid access token is required."))
				.accessDeniedHandler((exchange, ex) -> Problems.write(exchange.getResponse(), HttpStatus.FORBIDDEN,
						ProblemTypes.FORBIDDEN, "Forbidden", "Your role does not allow this.")))
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint(
						(exchange, ex) -> Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
								ProblemTypes.UNAUTHORIZED, "Unauthorized", "A valid access token is required."))
				.accessDeniedHandler((exchange, ex) -> Problems.write(exchange.getResponse(), HttpStatus.FORBIDDEN,
						ProblemTypes.FORBIDDEN, "Forbidden", "Your role does not allow this.")))
			.build();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(EdgeSecurityProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
			.build();
		OAuth2TokenValidator<Jwt> audience = (jwt) -> jwt.getAudience().contains(properties.audience())
				? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Wrong audience", null));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuer().toString()), audience));
		// A bad token is the caller's problem (401); unreachable keys are ours (503), not
		// a 500.
		return (token) -> decoder.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException),
					(ex) -> new AuthenticationServiceException("The issuer's keys are unavailable", ex));
	}

	/** Roles come from the {@code roles} claim, as {@code ROLE_<role>} authorities. */
	static Mono<AbstractAuthenticationToken> authenticationOf(Jwt jwt) {
		return Mono.just(new JwtAuthenticationToken(jwt, TokenRoles.authoritiesOf(jwt), jwt.getSubject()));
	}

}
