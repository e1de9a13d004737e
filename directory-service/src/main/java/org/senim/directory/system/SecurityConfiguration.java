package org.senim.directory.system;

import org.senim.platform.security.TokenSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Public reads are open; the admin API needs DIRECTORY_ADMIN, the organizations' own API
 * NGO_WORKER. Tokens, their roles and the 401/403/503 problems are the platform's
 * ({@link TokenSecurity}, {@code senim.security.*}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, TokenSecurity tokens) {
		return tokens.apply(http)
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
			.build();
	}

}
