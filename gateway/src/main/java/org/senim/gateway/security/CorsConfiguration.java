package org.senim.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Browsers may call the API only from the configured web origins, without credentials:
 * Senim's pages use bearer tokens, never cookies.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

	@Bean
	CorsConfigurationSource corsConfigurationSource(WebOriginsProperties properties) {
		org.springframework.web.cors.CorsConfiguration api = new org.springframework.web.cors.CorsConfiguration();
		api.setAllowedOrigins(properties.webOrigins());
		api.setAllowedMethods(List.of("GET", "POST"));
		api.setAllowedHeaders(List.of("Content-Type", "Authorization", "Idempotency-Key", "Last-Event-ID"));
		api.setExposedHeaders(List.of("Retry-After", "X-Senim-Degraded"));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

}
