package org.senim.referral.system;

import org.senim.platform.security.TokenSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Referrals are for NGO workers, escalations for police liaisons, the unaccepted alerts
 * for directory admins; anything else is denied. Tokens, their {@code roles} as
 * {@code ROLE_<role>}, and the 401/403/503 problems are the platform's
 * ({@link TokenSecurity}, {@code senim.security.*}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String NGO_WORKER = "NGO_WORKER";

	static final String POLICE_LIAISON = "POLICE_LIAISON";

	static final String DIRECTORY_ADMIN = "DIRECTORY_ADMIN";

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, TokenSecurity tokens) {
		return tokens.apply(http)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/v3/api-docs/**")
				.permitAll()
				// Before the referrals' own rule, which would give NGO workers these too.
				.pathMatchers("/api/referrals/alerts", "/api/referrals/alerts/**")
				.hasRole(DIRECTORY_ADMIN)
				.pathMatchers("/api/referrals/**", "/api/referrals")
				.hasRole(NGO_WORKER)
				.pathMatchers("/api/escalations/**", "/api/escalations")
				.hasRole(POLICE_LIAISON)
				.anyExchange()
				.denyAll())
			.build();
	}

}
