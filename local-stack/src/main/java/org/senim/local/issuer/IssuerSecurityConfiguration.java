package org.senim.local.issuer;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server with the demo users, the {@code senim-dashboard} client,
 * the gateway's and the referral-service's confidential clients and the Senim claims;
 * plus an open chain for health and the CLI token endpoint (which checks its own secret).
 */
@Configuration(proxyBeanMethods = false)
class IssuerSecurityConfiguration {

	static final String DASHBOARD_CLIENT_ID = "senim-dashboard";

	static final String DATA_KEY_CUSTODIAN = "DATA_KEY_CUSTODIAN";

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain localEndpointsChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/local/**", "/actuator/**")
			.authorizeHttpRequests((authorize) -> authorize.requestMatchers("/local/token", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/info")
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	/** Local stack only: the password of each demo user is its name. */
	@Bean
	UserDetailsService demoUserDetails(DemoUsers users) {
		return new InMemoryUserDetailsManager(users.all()
			.stream()
			.map((user) -> User.withUsername(user.name())
				.password("{noop}" + user.name())
				.roles(user.roles().toArray(String[]::new))
				.build())
			.toList());
	}

	@Bean
	RegisteredClientRepository registeredClients(IssuerProperties properties) {
		RegisteredClient dashboard = RegisteredClient
			.withId(UUID.nameUUIDFromBytes(DASHBOARD_CLIENT_ID.getBytes()).toString())
			.clientId(DASHBOARD_CLIENT_ID)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> properties.dashboardRedirectUris().stream().map(URI::toString).forEach(uris::add))
			.scopes((scopes) -> scopes.addAll(List.of(OidcScopes.OPENID, OidcScopes.PROFILE)))
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime()).build())
			.build();
		IssuerProperties.GatewayClient gatewayClient = properties.gateway();
		RegisteredClient gateway = RegisteredClient
			.withId(UUID.nameUUIDFromBytes(gatewayClient.clientId().getBytes()).toString())
			.clientId(gatewayClient.clientId())
			// Local stack only: the secret is compared as it is.
			.clientSecret("{noop}" + gatewayClient.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> gatewayClient.redirectUris().stream().map(URI::toString).forEach(uris::add))
			.postLogoutRedirectUris(
					(uris) -> gatewayClient.postLogoutRedirectUris().stream().map(URI::toString).forEach(uris::add))
			.scopes((scopes) -> scopes.addAll(List.of(OidcScopes.OPENID, OidcScopes.PROFILE)))
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(properties.accessTokenLifetime())
				.reuseRefreshTokens(false)
				.build())
			.build();
		IssuerProperties.ServiceClient referralClient = properties.referralService();
		RegisteredClient referralService = RegisteredClient
			.withId(UUID.nameUUIDFromBytes(referralClient.clientId().getBytes()).toString())
			.clientId(referralClient.clientId())
			// Local stack only: the secret is compared as it is.
			.clientSecret("{noop}" + referralClient.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime()).build())
			.build();
		return new InMemoryRegisteredClientRepository(dashboard, gateway, referralService);
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(IssuerProperties properties) {
		return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.issuerDir())));
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
	}

	/**
	 * Access tokens get the audience and the Senim claims; ID tokens the claims only. The
	 * referral-service's client-credentials token gets the role of the report-service's
	 * internal key channel, and nothing of a person.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> senimClaims(AccessTokenClaims claims, IssuerProperties properties) {
		return (context) -> {
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().audience(List.of(properties.audience()));
			}
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				if (properties.referralService().clientId().equals(context.getRegisteredClient().getClientId())) {
					context.getClaims().claim("roles", List.of(DATA_KEY_CUSTODIAN));
				}
				return;
			}
			claims.addUserClaims(context.getPrincipal().getName(), context.getClaims());
		};
	}

}
