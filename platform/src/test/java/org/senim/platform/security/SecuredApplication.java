package org.senim.platform.security;

import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as the platform expects one: its own rules on top of {@link TokenSecurity}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebFluxSecurity
class SecuredApplication {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, TokenSecurity tokens) {
		return tokens.apply(http)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/open")
				.permitAll()
				.pathMatchers("/staff")
				.hasRole("NGO_WORKER")
				.anyExchange()
				.authenticated())
			.build();
	}

	@RestController
	static class Endpoints {

		@GetMapping({ "/open", "/staff", "/signed-in" })
		Mono<String> answer() {
			return Mono.just("ok");
		}

	}

}
