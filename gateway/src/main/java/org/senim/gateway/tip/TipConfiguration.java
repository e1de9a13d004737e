package org.senim.gateway.tip;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.senim.gateway.page.PagesProperties;

@Configuration(proxyBeanMethods = false)
class TipConfiguration {

	@Bean
	TipFiling tipFiling(PagesProperties pages, ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return new TipFiling(new TipClient(pages.reports().webClient("tips")), breakers.create("reports"));
	}

}
