package org.senim.gateway.ngo;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import org.senim.gateway.page.PageBackend;

/**
 * The NGO dashboard: how the gateway signs workers in (as a confidential OpenID Connect
 * client, the tokens kept in the server-side session) and how it reaches the
 * referral-service on their behalf.
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
 * @param redirectUri the callback registered at the issuer ({@code …/ngo/callback})
 * @param signedOutUri where the issuer sends the browser after signing out
 * @param secureCookie whether the session cookie is always {@code Secure}; it is anyway
 * on a request that came over TLS
 * @param pageSize referrals per page of the list
 * @param streamLifetime how long one live stream stays open before the browser reconnects
 * (with {@code Last-Event-ID}, so nothing is lost), which also re-checks the session and
 * the token
 * @param referrals the referral-service's API (lists, case, answers)
 * @param stream the referral-service's live stream: its response timeout is the longest
 * silence allowed between two heartbeats
 * @param directory the directory-service's API (the organization's own services and their
 * places)
 */
@Validated
@ConfigurationProperties("senim.gateway.dashboard")
public record DashboardProperties(@NotBlank String clientId, @NotBlank String clientSecret, @NotNull URI issuer,
		@NotNull URI authorizationUri, @NotNull URI tokenUri, @NotNull URI jwkSetUri, @NotNull Duration issuerTimeout,
		URI endSessionUri, @NotNull URI redirectUri, @NotNull URI signedOutUri, boolean secureCookie,
		@Min(1) @Max(100) int pageSize, @NotNull Duration streamLifetime, @NotNull @Valid PageBackend referrals,
		@NotNull @Valid PageBackend stream, @NotNull @Valid PageBackend directory) {

	/** The registration id of the gateway's client, in Spring Security's terms. */
	static final String REGISTRATION = "senim";

	@Override
	public String toString() {
		return "DashboardProperties[clientId=" + this.clientId + ", clientSecret hidden, issuer=" + this.issuer + "]";
	}

}
