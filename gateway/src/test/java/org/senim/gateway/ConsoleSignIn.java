package org.senim.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;

import com.nimbusds.jwt.JWTClaimsSet;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import org.senim.gateway.PageBackendStub.Answer;
import org.senim.gateway.console.Console;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signing in to a console as a browser does: the console's page, the redirect to
 * the issuer, the callback with the code, which the gateway redeems at the stubbed
 * issuer's token endpoint for the given access token.
 */
final class ConsoleSignIn {

	private final WebTestClient client;

	private final PageBackendStub issuer;

	private final Console console;

	ConsoleSignIn(WebTestClient client, PageBackendStub issuer, Console console) {
		this.client = client;
		this.issuer = issuer;
		this.console = console;
	}

	/**
	 * A new connection for every request: a browser spreads requests over several, and a
	 * test must not depend on one connection's order (see docs/ngo-dashboard.md).
	 */
	static WebTestClient browser(int port) {
		return WebTestClient
			.bindToServer(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * @return the session cookie's value once signed in
	 */
	String signIn(String user, String city, String accessToken) {
		EntityExchangeResult<byte[]> start = this.client.get()
			.uri(this.console.home())
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		String session = sessionOf(start, null);
		EntityExchangeResult<byte[]> authorize = this.client.get()
			.uri(this.console.signIn())
			.cookie(this.console.cookieName(), session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		session = sessionOf(authorize, session);
		MultiValueMap<String, String> query = queryOf(authorize.getResponseHeaders().getLocation());
		this.issuer.answer("POST", "/oauth2/token",
				Answer.json(200, tokenResponse(user, city, accessToken, query.getFirst("nonce"))));
		EntityExchangeResult<byte[]> callback = this.client.get()
			.uri(this.console.callback() + "?code=the-code&state={state}", query.getFirst("state"))
			.cookie(this.console.cookieName(), session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		assertThat(callback.getResponseHeaders().getLocation()).hasToString(this.console.home());
		String signedIn = sessionOf(callback, session);
		assertThat(signedIn).as("a new session id after sign-in").isNotEqualTo(session);
		return signedIn;
	}

	/** The session cookie of an answer, or the one the browser already has. */
	String sessionOf(EntityExchangeResult<?> result, String previous) {
		ResponseCookie cookie = result.getResponseCookies().getFirst(this.console.cookieName());
		return (cookie != null) ? cookie.getValue() : Objects.requireNonNull(previous, "no session cookie");
	}

	static MultiValueMap<String, String> queryOf(URI location) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		UriComponentsBuilder.fromUri(location)
			.build(true)
			.getQueryParams()
			.forEach((name, values) -> values
				.forEach((value) -> query.add(name, URLDecoder.decode(value, StandardCharsets.UTF_8))));
		return query;
	}

	private static String tokenResponse(String user, String city, String accessToken, String nonce) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER)
			.subject(user)
			.audience("senim-gateway")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(10, ChronoUnit.MINUTES)))
			.claim("nonce", nonce);
		if (city != null) {
			claims.claim("city", city);
		}
		return """
				{"access_token":"%s","token_type":"Bearer","expires_in":900,"scope":"openid profile",
				 "id_token":"%s"}""".formatted(accessToken, TestTokens.sign(claims.build()));
	}

}
