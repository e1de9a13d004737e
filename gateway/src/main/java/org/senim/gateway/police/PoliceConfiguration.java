package org.senim.gateway.police;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.senim.gateway.console.ConsoleTokens;

/** The console's calls on the liaison's behalf, behind the referral-service's breaker. */
@Configuration(proxyBeanMethods = false)
class PoliceConfiguration {

	@Bean
	EscalationClient escalationClient(PoliceProperties properties) {
		return new EscalationClient(properties.escalations().webClient("escalations"),
				properties.stream().webClient("escalation-stream"));
	}

	@Bean
	Escalations escalations(ConsoleTokens tokens, EscalationClient client,
			ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return new Escalations(tokens, client, breakers.create("referrals"));
	}

}
