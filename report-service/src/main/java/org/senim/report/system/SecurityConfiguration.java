package org.senim.report.system;

import org.senim.platform.security.TokenSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Tip submission, the tipster's follow-up mailbox and the actuator probes are open;
 * anything else needs a JWT of the Senim issuer. A bearer token, where one is sent, must
 * be valid even on open paths (401 problem otherwise): a hotline operator files tips with
 * one. Tokens, their roles and the 401/403/503 problems are the platform's
 * ({@link TokenSecurity}, {@code senim.security.*}); stateless.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

	/** The role of the service principals that may fetch a report's data key. */
	static final String DATA_KEY_CUSTODIAN = "DATA_KEY_CUSTODIAN";

	@Bean
	SecurityWebFilterChain reportSecurity(ServerHttpSecurity http, TokenSecurity tokens) {
		return tokens.apply(http)
			.authorizeExchange((exchanges) -> exchanges
				// Every method: these paths answer only POST, so any other gets the 405
				// problem, not a 401 that asks an anonymous tipster for a token.
				.pathMatchers("/api/reports", "/api/reports/followup", "/api/reports/followup/messages")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
						"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				// the internal key channel: a service principal only, never a person
				// (docs/security.md)
				.pathMatchers("/internal/**")
				.hasRole(DATA_KEY_CUSTODIAN)
				.anyExchange()
				.authenticated())
			.build();
	}

}
