package org.senim.gateway.console;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

/**
 * The signed-in person's access token, from her session, refreshed when it has expired
 * (the issuer's refresh token, also in the session), for the gateway's calls on her
 * behalf. No token — the session lapsed, the refresh was refused — is
 * {@link SessionLapsedException}: back to sign-in.
 */
public class ConsoleTokens {

	private final ReactiveOAuth2AuthorizedClientManager manager;

	private final WebClient issuer;

	ConsoleTokens(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients, WebClient issuer) {
		this.issuer = issuer;
		WebClientReactiveRefreshTokenTokenResponseClient refresh = new WebClientReactiveRefreshTokenTokenResponseClient();
		refresh.setWebClient(issuer);
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken((token) -> token.accessTokenResponseClient(refresh))
			.build());
		this.manager = manager;
	}

	/** Redeems the code of the sign-in at the issuer, with the stated timeouts. */
	ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange() {
		WebClientReactiveAuthorizationCodeTokenResponseClient client = new WebClientReactiveAuthorizationCodeTokenResponseClient();
		client.setWebClient(this.issuer);
		return client;
	}

	public Mono<String> accessToken(ServerWebExchange exchange) {
		return current(exchange).map(OAuth2AccessToken::getTokenValue);
	}

	/** The access token with its expiry, for what must not outlive it (a live stream). */
	public Mono<OAuth2AccessToken> current(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter(Authentication.class::isInstance)
			.cast(Authentication.class)
			.flatMap((staff) -> this.manager
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(Console.REGISTRATION)
					.principal(staff)
					.attribute(ServerWebExchange.class.getName(), exchange)
					.build()))
			.map((client) -> client.getAccessToken())
			.onErrorMap(OAuth2AuthorizationException.class, SessionLapsedException::new)
			.switchIfEmpty(Mono.error(SessionLapsedException::new));
	}

	/** No usable token for the signed-in person any more. */
	public static final class SessionLapsedException extends RuntimeException {

		public SessionLapsedException() {
			super("The session has no usable token");
		}

		SessionLapsedException(Throwable cause) {
			super("The session has no usable token", cause);
		}

	}

}
