package org.senim.gateway.console;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How staff sign in to the consoles: the gateway is a confidential OpenID Connect client
 * of the issuer, and keeps each signed-in person's tokens in her server-side session.
 *
 * @param clientId the gateway's client at the issuer
 * @param clientSecret its secret ({@code SENIM_GATEWAY_CLIENT_SECRET}; only the
 * {@code local} profile has a default)
 * @param issuer the {@code iss} of the ID tokens (the issuer as browsers see it)
 * @param authorizationUri where browsers are sent to sign in
 * @param tokenUri where the gateway redeems the code (may be an address inside the
 * network)
 * @param jwkSetUri where the gateway fetches the keys that sign ID tokens
 * @param issuerTimeout connect and response timeout of the gateway's calls to the
 * issuer's token endpoint (code exchange, refresh)
 * @param endSessionUri the issuer's RP-initiated logout endpoint, or {@code null} to sign
 * out of the gateway only
 * @param consolesUri the gateway as browsers see it ({@code SENIM_DASHBOARD_URL}); each
 * console's callback ({@code …/ngo/callback}) and signed-out page are registered at the
 * issuer under it
 * @param secureCookie whether the session cookies are always {@code Secure}; they are
 * anyway on a request that came over TLS
 */
@Validated
@ConfigurationProperties("senim.gateway.sign-in")
public record SignInProperties(@NotBlank String clientId, @NotBlank String clientSecret, @NotNull URI issuer,
		@NotNull URI authorizationUri, @NotNull URI tokenUri, @NotNull URI jwkSetUri, @NotNull Duration issuerTimeout,
		URI endSessionUri, @NotNull URI consolesUri, boolean secureCookie) {

	/**
	 * {@code https://senim.example/ngo/callback}: where the issuer sends the code back.
	 */
	public String callbackOf(Console console) {
		return base() + console.callback();
	}

	/** Where the issuer sends the browser after signing out of it. */
	public String signedOutOf(Console console) {
		return base() + console.signedOut();
	}

	private String base() {
		String base = this.consolesUri.toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	@Override
	public String toString() {
		return "SignInProperties[clientId=" + this.clientId + ", clientSecret hidden, issuer=" + this.issuer + "]";
	}

}
