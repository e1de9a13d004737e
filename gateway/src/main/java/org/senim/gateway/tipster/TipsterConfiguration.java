package org.senim.gateway.tipster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.senim.gateway.page.PagesProperties;

@Configuration(proxyBeanMethods = false)
class TipsterConfiguration {

	@Bean
	ReportClient reportClient(PagesProperties pages) {
		return new ReportClient(pages.reports().webClient("reports"));
	}

}
