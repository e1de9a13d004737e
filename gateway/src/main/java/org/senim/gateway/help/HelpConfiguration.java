package org.senim.gateway.help;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.senim.gateway.page.PagesProperties;

@Configuration(proxyBeanMethods = false)
class HelpConfiguration {

	/** The breaker the directory routes use, so both see the directory the same way. */
	static final String BREAKER = "directory";

	@Bean
	HotlineFinder hotlineFinder(PagesProperties pages, ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return new HotlineFinder(new DirectoryClient(pages.directory().webClient("directory")),
				breakers.create(BREAKER), pages.cityListLifetime());
	}

	@Bean
	CityNames cityNames(HotlineFinder hotlineFinder) {
		return new CityNames(hotlineFinder);
	}

}
