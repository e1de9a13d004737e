package org.senim.gateway.ngo;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeReactiveAuthenticationManager;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The dashboard's own security chain, before the stateless API chain: workers sign in
 * through the issuer (the gateway is a confidential OpenID Connect client), their
 * security context and tokens live in the server-side session, every state-changing
 * request needs the session's CSRF token. Only the dashboard's paths use it; the API
 * chain and the public pages never see a session.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurityConfiguration {

	static final String SIGN_IN = "/ngo/sign-in";

	static final String CALLBACK = "/ngo/callback";

	static final String SIGN_OUT = "/ngo/sign-out";

	/** Pages anyone may see: the dashboard's notices before or after a session. */
	static final String[] OPEN_NOTICES = { "/ngo/signed-out", "/ngo/sign-in-failed", "/ngo/refused" };

	/** Called by the page's script: a lapsed session is a status, not a redirect. */
	static final String[] SCRIPT_PATHS = { "/ngo/stream", "/ngo/referrals/*/row", "/ngo/referrals/*/thread" };

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	@Bean
	@Order(0)
	SecurityWebFilterChain dashboardSecurity(ServerHttpSecurity http,
			ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients, DashboardTokens tokens,
			ReactiveOAuth2UserService<OidcUserRequest, OidcUser> workers, DashboardProperties properties) {
		WebSessionServerSecurityContextRepository contexts = new WebSessionServerSecurityContextRepository();
		DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultServerOAuth2AuthorizationRequestResolver(
				registrations, ServerWebExchangeMatchers.pathMatchers(SIGN_IN + "/{registrationId}"));
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/ngo", "/ngo/**"))
			.securityContextRepository(contexts)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.csrf((csrf) -> csrf.accessDeniedHandler(refusedForm()))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(OPEN_NOTICES)
				.permitAll()
				.pathMatchers("/ngo/forbidden")
				.authenticated()
				.anyExchange()
				.hasRole("NGO_WORKER"))
			.oauth2Login((login) -> login.authorizationRequestResolver(authorizationRequests)
				.authenticationMatcher(ServerWebExchangeMatchers.pathMatchers(CALLBACK))
				.authenticationManager(
						new OidcAuthorizationCodeReactiveAuthenticationManager(tokens.codeExchange(), workers))
				.authorizedClientRepository(authorizedClients)
				.securityContextRepository(contexts)
				.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/ngo/"))
				.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/ngo/sign-in-failed")))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(signInFirst())
				.accessDeniedHandler(
						(exchange, denied) -> this.redirects.sendRedirect(exchange, URI.create("/ngo/forbidden"))))
			.logout((logout) -> logout.logoutUrl(SIGN_OUT)
				.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
						new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(signedOut(registrations, properties)))
			.build();
	}

	/**
	 * Pages go to the issuer's sign-in (and back to the page asked for); the script's
	 * calls get a 401 and tell the worker to reload.
	 */
	private static ServerAuthenticationEntryPoint signInFirst() {
		ServerWebExchangeMatcher scripts = ServerWebExchangeMatchers.pathMatchers(SCRIPT_PATHS);
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegatingServerAuthenticationEntryPoint.DelegateEntry(scripts,
						new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
		entryPoint.setDefaultEntryPoint(
				new RedirectServerAuthenticationEntryPoint(SIGN_IN + "/" + DashboardProperties.REGISTRATION));
		return entryPoint;
	}

	/**
	 * A form without the session's token (an expired session, a form from elsewhere)
	 * changes nothing and leads to a calm notice instead of an error.
	 */
	private ServerAccessDeniedHandler refusedForm() {
		return (exchange, denied) -> this.redirects.sendRedirect(exchange, URI.create("/ngo/refused"));
	}

	private static ServerLogoutSuccessHandler signedOut(ReactiveClientRegistrationRepository registrations,
			DashboardProperties properties) {
		if (properties.endSessionUri() == null) {
			RedirectServerLogoutSuccessHandler local = new RedirectServerLogoutSuccessHandler();
			local.setLogoutSuccessUrl(URI.create("/ngo/signed-out"));
			return local;
		}
		// Also ends the session at the issuer, else the next sign-in would be silent.
		OidcClientInitiatedServerLogoutSuccessHandler oidc = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		oidc.setPostLogoutRedirectUri(properties.signedOutUri().toString());
		oidc.setLogoutSuccessUrl(URI.create("/ngo/signed-out"));
		return oidc;
	}

}
