package org.senim.gateway.throttle;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

	@Bean
	ClientKeys clientKeys(ThrottleProperties properties) {
		return new ClientKeys(properties.saltRotation(), Clock.systemUTC());
	}

}
