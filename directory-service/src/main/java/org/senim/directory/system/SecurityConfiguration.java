package org.senim.directory.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;

/**
 * Public reads are open; the admin API needs DIRECTORY_ADMIN. Tokens are JWTs whose
 * {@code roles} claim maps to {@code ROLE_<role>}; signing keys are fetched lazily, so
 * the service starts without the issuer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemAuthenticationHandlers problems,
			ReactiveJwtDecoder jwtDecoder) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/api/directory/admin/**")
				.hasRole("DIRECTORY_ADMIN")
				.pathMatchers("/api/directory/ngo/**")
				.hasRole("NGO_WORKER")
				.pathMatchers(HttpMethod.GET, "/api/directory/**", "/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.authenticationManager(authenticationManager(jwtDecoder)))
				.authenticationEntryPoint(problems)
				.authenticationFailureHandler(failureHandler(problems))
				.accessDeniedHandler(problems))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/**
	 * Every authentication failure, also an unavailable issuer, ends at the entry point.
	 */
	private static ServerAuthenticationEntryPointFailureHandler failureHandler(ProblemAuthenticationHandlers problems) {
		ServerAuthenticationEntryPointFailureHandler handler = new ServerAuthenticationEntryPointFailureHandler(
				problems);
		handler.setRethrowAuthenticationServiceException(false);
		return handler;
	}

	/**
	 * Unreachable signing keys surface as a {@link JwtException}, so they become a 503
	 * problem instead of an unhandled error.
	 */
	private static JwtReactiveAuthenticationManager authenticationManager(ReactiveJwtDecoder decoder) {
		ReactiveJwtDecoder keysMayFail = (token) -> decoder.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException),
					(ex) -> new JwtException("The token's signing keys are unavailable", ex));
		JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(keysMayFail);
		manager.setJwtAuthenticationConverter(rolesConverter());
		return manager;
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
