package org.senim.gateway.security;

import org.senim.platform.security.TokenSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway's first check of who may call what: a valid token of the right role for the
 * worker and police paths. Services check again, per object. Public paths (pages,
 * directory reads, tips) need no token; a tip carries one only when an operator files it.
 * Tokens are checked as every service checks them (the platform's {@link TokenSecurity}:
 * {@code senim.security.*}, {@code exp} and {@code aud} required, signing keys fetched at
 * most once per refresh interval however many unknown key ids arrive, 503 while they
 * cannot be fetched).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class EdgeSecurityConfiguration {

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, TokenSecurity tokens) {
		return tokens.apply(http.cors(Customizer.withDefaults()))
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
			.build();
	}

}
