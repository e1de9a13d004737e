package org.senim.gateway.ngo;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.senim.gateway.console.ConsoleTokens;

/** The dashboard's calls on the worker's behalf, each behind its service's breaker. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	@Bean
	ReferralClient referralClient(DashboardProperties properties) {
		return new ReferralClient(properties.referrals().webClient("referrals"),
				properties.stream().webClient("referral-stream"));
	}

	@Bean
	Caseload caseload(ConsoleTokens tokens, ReferralClient referrals, ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return new Caseload(tokens, referrals, breakers.create("referrals"));
	}

	@Bean
	ServiceCapacities serviceCapacities(ConsoleTokens tokens, DashboardProperties properties,
			ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return new ServiceCapacities(tokens, new DirectoryClient(properties.directory().webClient("ngo-directory")),
				breakers.create("directory"));
	}

}
