package org.senim.gateway;

import java.net.URI;
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
 * A staff member's whole sign-in to one console, as a browser goes through it: the
 * console's page, its sign-in address, the issuer (stubbed: its token endpoint answers
 * with the given access token) and the callback; and the session cookie kept as a browser
 * keeps it.
 */
final class ConsoleSignIn {

	private final WebTestClient client;

	private final PageBackendStub backend;

	private final Console console;

	/** The session cookie's latest value. */
	String session;

	ConsoleSignIn(WebTestClient client, PageBackendStub backend, Console console) {
		this.client = client;
		this.backend = backend;
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

	/** Signs in as {@code user} with {@code accessToken}; returns the session cookie. */
	String as(String user, String accessToken) {
		return signIn(user, null, accessToken);
	}

	/**
	 * Signs in as {@code user} of {@code city} (the ID token's claim, or none) with
	 * {@code accessToken}; returns the session cookie.
	 */
	String signIn(String user, String city, String accessToken) {
		return signIn(user, city, accessToken, 900, null);
	}

	/**
	 * Signs in with an access token the issuer says expires in {@code expiresIn} seconds,
	 * and a refresh token when one is given; returns the session cookie.
	 */
	String signIn(String user, String city, String accessToken, int expiresIn, String refreshToken) {
		EntityExchangeResult<byte[]> start = this.client.get()
			.uri(this.console.home())
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		this.session = sessionOf(start, null);
		EntityExchangeResult<byte[]> authorize = this.client.get()
			.uri(this.console.signIn())
			.cookie(this.console.cookieName(), this.session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		this.session = sessionOf(authorize, this.session);
		MultiValueMap<String, String> query = queryOf(authorize.getResponseHeaders().getLocation());
		this.backend.answer("POST", "/oauth2/token", Answer.json(200,
				tokenResponse(user, city, accessToken, query.getFirst("nonce"), expiresIn, refreshToken)));
		EntityExchangeResult<byte[]> callback = this.client.get()
			.uri(this.console.callback() + "?code=the-code&state={state}", query.getFirst("state"))
			.cookie(this.console.cookieName(), this.session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		assertThat(callback.getResponseHeaders().getLocation()).hasToString(this.console.home());
		String signedIn = sessionOf(callback, this.session);
		assertThat(signedIn).as("a new session id after sign-in").isNotEqualTo(this.session);
		this.session = signedIn;
		this.backend.received.clear();
		return this.session;
	}

	/**
	 * A page, keeping the session cookie's new value (the first CSRF token renews it).
	 */
	EntityExchangeResult<String> page(String uri, int status) {
		EntityExchangeResult<String> page = this.client.get()
			.uri(uri)
			.cookie(this.console.cookieName(), this.session)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult();
		this.session = sessionOf(page, this.session);
		return page;
	}

	String sessionOf(EntityExchangeResult<?> result, String previous) {
		ResponseCookie cookie = result.getResponseCookies().getFirst(this.console.cookieName());
		return (cookie != null) ? cookie.getValue() : Objects.requireNonNull(previous, "no session cookie");
	}

	static String csrfOf(HtmlPage page) {
		return page.all((element) -> "_csrf".equals(element.getAttributeValue("name"))).get(0).attr("value");
	}

	static MultiValueMap<String, String> queryOf(URI location) {
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		UriComponentsBuilder.fromUri(location)
			.build(true)
			.getQueryParams()
			.forEach((name, values) -> values.forEach((value) -> decoded.add(name,
					java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8))));
		return decoded;
	}

	private static String tokenResponse(String user, String city, String accessToken, String nonce, int expiresIn,
			String refreshToken) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER)
			.subject(user)
			.audience("senim-gateway")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(10, ChronoUnit.MINUTES)))
			.claim("nonce", nonce)
			.claim("preferred_username", user);
		if (city != null) {
			claims.claim("city", city);
		}
		String idToken = TestTokens.sign(claims.build());
		String refresh = (refreshToken != null) ? ",\"refresh_token\":\"" + refreshToken + "\"" : "";
		return """
				{"access_token":"%s","token_type":"Bearer","expires_in":%d,"scope":"openid profile",
				 "id_token":"%s"%s}""".formatted(accessToken, expiresIn, idToken, refresh);
	}

}
