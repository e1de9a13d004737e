package org.senim.referral.datakey;

import java.util.Base64;
import java.util.UUID;

import io.netty.channel.ChannelOption;
import org.senim.platform.crypto.DataKey;
import org.senim.platform.failure.DependencyUnavailableException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * The report-service's internal key channel, {@code GET /internal/reports/{id}/data-key},
 * called with a client-credentials token of the service's own client (Spring Security's
 * OAuth2 client fetches and renews it). A report without key (it expired) is empty; any
 * other failure, the report-service or the issuer away or refusing, is a
 * {@link DependencyUnavailableException}, which the dead-letter policy waits out rather
 * than dead-letters: the tip is kept until the key can be had.
 */
@Component
class ReportKeyClient {

	private static final String REGISTRATION = "report-service";

	private final WebClient web;

	ReportKeyClient(ReportKeysProperties properties) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
			.responseTimeout(properties.responseTimeout());
		WebClient base = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(properties.tokenUri().toString())
			.build();
		var registrations = new InMemoryReactiveClientRegistrationRepository(registration);
		WebClientReactiveClientCredentialsTokenResponseClient tokens = new WebClientReactiveClientCredentialsTokenResponseClient();
		tokens.setWebClient(base);
		var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations,
				new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((credentials) -> credentials.accessTokenResponseClient(tokens))
			.build());
		var oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
		oauth.setDefaultClientRegistrationId(REGISTRATION);
		this.web = base.mutate().baseUrl(properties.uri().toString()).filter(oauth).build();
	}

	/** The report's data key; empty when the report-service has none (it expired). */
	Mono<DataKey> fetch(UUID reportId) {
		return this.web.get()
			.uri("/internal/reports/{reportId}/data-key", reportId)
			.retrieve()
			.bodyToMono(Released.class)
			.map((released) -> DataKey.of(Base64.getDecoder().decode(released.key())))
			.onErrorResume(WebClientResponseException.class,
					(ex) -> (ex.getStatusCode() == HttpStatus.NOT_FOUND) ? Mono.empty() : Mono.error(ex))
			.onErrorMap((ex) -> !(ex instanceof DependencyUnavailableException),
					(ex) -> new DependencyUnavailableException("The report-service's key channel", ex));
	}

	private record Released(String keyId, String algorithm, String key) {

	}

}
