package org.senim.gateway.console;

import java.time.Duration;
import java.util.Map;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.senim.platform.security.TokenAuthorities;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The gateway as the consoles' OpenID Connect client: its registration (stated, no
 * discovery at start-up, so the gateway starts while the issuer is down), the staff's
 * tokens kept in their server-side session, and the session cookies.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleClientConfiguration {

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(SignInProperties properties) {
		ClientRegistration.Builder gateway = ClientRegistration.withRegistrationId(Console.REGISTRATION)
			.clientName("Senim")
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			// Each console's chain asks for its own callback
			// (SignInProperties#callbackOf).
			.redirectUri(properties.callbackOf(Console.NGO))
			.scope(OidcScopes.OPENID, OidcScopes.PROFILE)
			.issuerUri(properties.issuer().toString())
			.authorizationUri(properties.authorizationUri().toString())
			.tokenUri(properties.tokenUri().toString())
			.jwkSetUri(properties.jwkSetUri().toString())
			.userNameAttributeName(IdTokenClaimNames.SUB);
		if (properties.endSessionUri() != null) {
			gateway
				.providerConfigurationMetadata(Map.of("end_session_endpoint", properties.endSessionUri().toString()));
		}
		return new InMemoryReactiveClientRegistrationRepository(gateway.build());
	}

	/** Tokens live in the console's session, on the server: never in the browser. */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClients() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	ConsoleTokens consoleTokens(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients, SignInProperties properties) {
		return new ConsoleTokens(registrations, authorizedClients, issuerClient(properties.issuerTimeout()));
	}

	/**
	 * Her roles come from her access token, as for an API call (the ID token of some
	 * providers carries none); the ID token's claims name her and her city.
	 */
	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> staff(ReactiveJwtDecoder accessTokens,
			TokenAuthorities authorities) {
		OidcReactiveOAuth2UserService oidc = new OidcReactiveOAuth2UserService();
		return (request) -> oidc.loadUser(request)
			.flatMap((user) -> accessTokens.decode(request.getAccessToken().getTokenValue())
				.map((jwt) -> new DefaultOidcUser(authorities.convert(jwt), user.getIdToken(), user.getUserInfo(),
						IdTokenClaimNames.SUB)));
	}

	@Bean
	WebSessionIdResolver webSessionIdResolver(SignInProperties properties) {
		return new ConsoleSessionCookie(properties.secureCookie());
	}

	/** The gateway's calls to the issuer, on a pool of their own (20 connections). */
	private static WebClient issuerClient(Duration timeout) {
		ConnectionProvider pool = ConnectionProvider.builder("console-issuer")
			.maxConnections(20)
			.pendingAcquireTimeout(timeout)
			.build();
		HttpClient http = HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
			.responseTimeout(timeout);
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

}
