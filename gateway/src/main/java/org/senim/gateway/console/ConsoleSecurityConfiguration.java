package org.senim.gateway.console;

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
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Each console's own security chain, before the stateless API chain: staff sign in
 * through the issuer (the gateway is a confidential OpenID Connect client), their
 * security context and tokens live in the console's server-side session, every
 * state-changing request needs the session's CSRF token. Only the console's paths use it;
 * the API chain and the public pages never see a session.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityWebFilterChain ngoSecurity(ServerHttpSecurity http, SignIn signIn) {
		return signIn.chain(http, Console.NGO);
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain policeSecurity(ServerHttpSecurity http, SignIn signIn) {
		return signIn.chain(http, Console.POLICE);
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain operatorSecurity(ServerHttpSecurity http, SignIn signIn) {
		return signIn.chain(http, Console.OPERATOR);
	}

	@Bean
	@Order(3)
	SecurityWebFilterChain adminSecurity(ServerHttpSecurity http, SignIn signIn) {
		return signIn.chain(http, Console.ADMIN);
	}

	@Bean
	SignIn consoleSignIn(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients, ConsoleTokens tokens,
			ReactiveOAuth2UserService<OidcUserRequest, OidcUser> staff, SignInProperties properties) {
		return new SignIn(registrations, authorizedClients, tokens, staff, properties);
	}

	/** The one shape of every console's chain. */
	static final class SignIn {

		private final ReactiveClientRegistrationRepository registrations;

		private final ServerOAuth2AuthorizedClientRepository authorizedClients;

		private final ConsoleTokens tokens;

		private final ReactiveOAuth2UserService<OidcUserRequest, OidcUser> staff;

		private final SignInProperties properties;

		private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

		SignIn(ReactiveClientRegistrationRepository registrations,
				ServerOAuth2AuthorizedClientRepository authorizedClients, ConsoleTokens tokens,
				ReactiveOAuth2UserService<OidcUserRequest, OidcUser> staff, SignInProperties properties) {
			this.registrations = registrations;
			this.authorizedClients = authorizedClients;
			this.tokens = tokens;
			this.staff = staff;
			this.properties = properties;
		}

		SecurityWebFilterChain chain(ServerHttpSecurity http, Console console) {
			WebSessionServerSecurityContextRepository contexts = new WebSessionServerSecurityContextRepository();
			return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(console.path(), console.path() + "/**"))
				.securityContextRepository(contexts)
				.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
				.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
				.csrf((csrf) -> csrf.csrfTokenRequestHandler(csrfTokens())
					.accessDeniedHandler(
							(exchange, denied) -> this.redirects.sendRedirect(exchange, URI.create(console.refused()))))
				.authorizeExchange((exchanges) -> exchanges
					.pathMatchers(console.signedOut(), console.signInFailed(), console.refused())
					.permitAll()
					.pathMatchers(console.forbidden())
					.authenticated()
					.anyExchange()
					.hasRole(console.role()))
				.oauth2Login((login) -> login.authorizationRequestResolver(authorizationRequests(console))
					.authenticationMatcher(ServerWebExchangeMatchers.pathMatchers(console.callback()))
					.authenticationManager(new OidcAuthorizationCodeReactiveAuthenticationManager(
							this.tokens.codeExchange(), this.staff))
					.authorizedClientRepository(this.authorizedClients)
					.securityContextRepository(contexts)
					.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler(console.home()))
					.authenticationFailureHandler(
							new RedirectServerAuthenticationFailureHandler(console.signInFailed())))
				.exceptionHandling((handling) -> handling.authenticationEntryPoint(signInFirst(console))
					.accessDeniedHandler((exchange, denied) -> this.redirects.sendRedirect(exchange,
							URI.create(console.forbidden()))))
				.logout((logout) -> logout.logoutUrl(console.signOut())
					.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
							new WebSessionServerLogoutHandler()))
					.logoutSuccessHandler(signedOut(console)))
				.build();
		}

		/**
		 * The default (masked) token, read also from a file upload's form (the admin
		 * page's HSDS import), which has no other place for it without a script.
		 */
		private static XorServerCsrfTokenRequestAttributeHandler csrfTokens() {
			XorServerCsrfTokenRequestAttributeHandler tokens = new XorServerCsrfTokenRequestAttributeHandler();
			tokens.setTokenFromMultipartDataEnabled(true);
			return tokens;
		}

		/**
		 * PKCE, and the code comes back to the console's own callback (its session's
		 * path).
		 */
		private DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests(Console console) {
			DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(
					this.registrations,
					ServerWebExchangeMatchers.pathMatchers(console.path() + "/sign-in/{registrationId}"));
			String callback = this.properties.callbackOf(console);
			resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
				.andThen((request) -> request.redirectUri(callback)));
			return resolver;
		}

		/**
		 * Pages go to the issuer's sign-in (and back to the page asked for); the script's
		 * calls get a 401 and tell the person to reload.
		 */
		private static ServerAuthenticationEntryPoint signInFirst(Console console) {
			RedirectServerAuthenticationEntryPoint toIssuer = new RedirectServerAuthenticationEntryPoint(
					console.signIn());
			if (console.scriptPaths().length == 0) {
				return toIssuer;
			}
			ServerWebExchangeMatcher scripts = ServerWebExchangeMatchers.pathMatchers(console.scriptPaths());
			DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
					new DelegatingServerAuthenticationEntryPoint.DelegateEntry(scripts,
							new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
			entryPoint.setDefaultEntryPoint(toIssuer);
			return entryPoint;
		}

		private ServerLogoutSuccessHandler signedOut(Console console) {
			if (this.properties.endSessionUri() == null) {
				RedirectServerLogoutSuccessHandler local = new RedirectServerLogoutSuccessHandler();
				local.setLogoutSuccessUrl(URI.create(console.signedOut()));
				return local;
			}
			// Also ends the session at the issuer, else the next sign-in would be silent.
			OidcClientInitiatedServerLogoutSuccessHandler oidc = new OidcClientInitiatedServerLogoutSuccessHandler(
					this.registrations);
			oidc.setPostLogoutRedirectUri(this.properties.signedOutOf(console));
			oidc.setLogoutSuccessUrl(URI.create(console.signedOut()));
			return oidc;
		}

	}

}
