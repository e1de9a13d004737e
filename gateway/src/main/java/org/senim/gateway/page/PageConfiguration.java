package org.senim.gateway.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.i18n.LocaleContextResolver;

@Configuration(proxyBeanMethods = false)
class PageConfiguration {

	/** Replaces WebFlux's resolver, which reads only {@code Accept-Language}. */
	@Bean
	LocaleContextResolver localeContextResolver() {
		return new PageLocaleResolver();
	}

}
