package org.senim.referral.system;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.senim.contracts.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;

/**
 * JWT resource server: the {@code roles} claim becomes {@code ROLE_<role>} authorities;
 * referrals are for NGO workers, escalations for police liaisons, the unaccepted alerts
 * for directory admins. No token → 401, wrong role → 403, both as problem details. The
 * decoder (JWKS of {@code SENIM_ISSUER_URI}, issuer and audience checked) comes from
 * Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String NGO_WORKER = "NGO_WORKER";

	static final String POLICE_LIAISON = "POLICE_LIAISON";

	static final String DIRECTORY_ADMIN = "DIRECTORY_ADMIN";

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, JsonMapper json) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/v3/api-docs/**")
				.permitAll()
				// Before the referrals' own rule, which would give NGO workers these too.
				.pathMatchers("/api/referrals/alerts", "/api/referrals/alerts/**")
				.hasRole(DIRECTORY_ADMIN)
				.pathMatchers("/api/referrals/**", "/api/referrals")
				.hasRole(NGO_WORKER)
				.pathMatchers("/api/escalations/**", "/api/escalations")
				.hasRole(POLICE_LIAISON)
				.anyExchange()
				.denyAll())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
				.authenticationEntryPoint((exchange, ex) -> problem(exchange, json, HttpStatus.UNAUTHORIZED,
						ProblemTypes.UNAUTHORIZED.toString(), "A valid bearer token is required."))
				.accessDeniedHandler((exchange, ex) -> problem(exchange, json, HttpStatus.FORBIDDEN,
						ProblemTypes.FORBIDDEN.toString(), "Your role does not allow this request.")))
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint((exchange, ex) -> problem(exchange, json, HttpStatus.UNAUTHORIZED,
						ProblemTypes.UNAUTHORIZED.toString(), "A valid bearer token is required."))
				.accessDeniedHandler((exchange, ex) -> problem(exchange, json, HttpStatus.FORBIDDEN,
						ProblemTypes.FORBIDDEN.toString(), "Your role does not allow this request.")))
			.build();
	}

	static ReactiveJwtAuthenticationConverterAdapter rolesAsAuthorities() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

	private static Mono<Void> problem(ServerWebExchange exchange, JsonMapper json, HttpStatus status, String type,
			String detail) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", exchange.getRequest().getPath().value());
		var response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.getHeaders().set("WWW-Authenticate", "Bearer");
		}
		DataBuffer buffer = response.bufferFactory()
			.wrap(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(buffer));
	}

}
