package org.senim.gateway.admin;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.senim.gateway.console.ConsoleTokens;

/**
 * The admin page's calls on the administrator's behalf, each behind its service's
 * breaker.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	@Bean
	AdminDirectory adminDirectory(ConsoleTokens tokens, AdminProperties properties,
			ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return new AdminDirectory(tokens, new AdminDirectoryClient(properties.directory().webClient("admin-directory")),
				breakers.create("directory"));
	}

	@Bean
	TipAlerts tipAlerts(ConsoleTokens tokens, AdminProperties properties,
			ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return new TipAlerts(tokens, properties.alerts().webClient("admin-alerts"), breakers.create("referrals"));
	}

}
