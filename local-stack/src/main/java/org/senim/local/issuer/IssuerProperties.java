package org.senim.local.issuer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the local issuer.
 *
 * @param issuer the issuer URI written into every token ({@code iss})
 * @param dataDir the data folder of the local stack; the signing key and the CLI secret
 * live under {@code <dataDir>/issuer/}
 * @param audience the {@code aud} of access tokens
 * @param accessTokenLifetime lifetime of access tokens
 * @param dashboardRedirectUris redirect URIs of the {@code senim-dashboard} client
 * @param gateway the gateway's confidential client, with which it signs workers in to the
 * dashboards
 * @param referralService the referral-service's confidential client (client credentials),
 * whose tokens carry {@code DATA_KEY_CUSTODIAN}
 */
@Validated
@ConfigurationProperties("senim.issuer")
record IssuerProperties(@NotNull URI issuer, @NotNull Path dataDir, @NotBlank String audience,
		@NotNull Duration accessTokenLifetime, @NotEmpty List<URI> dashboardRedirectUris,
		@NotNull @Valid GatewayClient gateway, @NotNull @Valid ServiceClient referralService) {

	Path issuerDir() {
		return this.dataDir.resolve("issuer");
	}

	/**
	 * The gateway as a confidential client (authorization code with PKCE, refresh
	 * tokens).
	 *
	 * @param clientSecret the secret the gateway sends
	 * ({@code SENIM_GATEWAY_CLIENT_SECRET}, the same variable as the gateway's)
	 * @param redirectUris where the issuer may send the code
	 * @param postLogoutRedirectUris where the issuer may send the browser after sign-out
	 */
	record GatewayClient(@NotBlank String clientId, @NotBlank String clientSecret, @NotEmpty List<URI> redirectUris,
			@NotEmpty List<URI> postLogoutRedirectUris) {

		@Override
		public String toString() {
			return "GatewayClient[clientId=" + this.clientId + ", clientSecret hidden]";
		}

	}

	/**
	 * A Senim service as a confidential client of its own (client credentials).
	 *
	 * @param clientSecret the secret the service sends
	 * ({@code SENIM_REFERRAL_CLIENT_SECRET} for the referral-service, the same variable
	 * as the service's)
	 */
	record ServiceClient(@NotBlank String clientId, @NotBlank String clientSecret) {

		@Override
		public String toString() {
			return "ServiceClient[clientId=" + this.clientId + ", clientSecret hidden]";
		}

	}

}
