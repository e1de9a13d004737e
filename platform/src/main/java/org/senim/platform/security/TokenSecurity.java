package org.senim.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * The security every service's API shares, applied to its {@link ServerHttpSecurity}
 * before it adds its own {@code authorizeExchange} rules: a stateless JWT resource server
 * (no session, cookie, CSRF token, form or basic login) with the platform's decoder,
 * authorities and problem answers. A bearer token, where one is sent, must be valid even
 * on open paths.
 */
public final class TokenSecurity {

	private final ReactiveJwtDecoder decoder;

	private final Converter<Jwt, Mono<AbstractAuthenticationToken>> authentication;

	private final SecurityProblems problems;

	TokenSecurity(ReactiveJwtDecoder decoder, TokenAuthorities authorities, SecurityProblems problems) {
		this.decoder = decoder;
		this.authentication = authorities.authenticationConverter();
		this.problems = problems;
	}

	public ServerHttpSecurity apply(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.authenticationManager(authenticationManager()))
				.authenticationEntryPoint(this.problems)
				.authenticationFailureHandler(failureHandler())
				.accessDeniedHandler(this.problems))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(this.problems).accessDeniedHandler(this.problems));
	}

	private JwtReactiveAuthenticationManager authenticationManager() {
		JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(this.decoder);
		manager.setJwtAuthenticationConverter(this.authentication);
		return manager;
	}

	/** Every failure, also unreadable signing keys, ends at the problems' entry point. */
	private ServerAuthenticationEntryPointFailureHandler failureHandler() {
		ServerAuthenticationEntryPointFailureHandler handler = new ServerAuthenticationEntryPointFailureHandler(
				this.problems);
		handler.setRethrowAuthenticationServiceException(false);
		return handler;
	}

}
