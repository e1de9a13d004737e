package org.senim.local.issuer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
 */
@Validated
@ConfigurationProperties("senim.issuer")
record IssuerProperties(@NotNull URI issuer, @NotNull Path dataDir, @NotBlank String audience,
		@NotNull Duration accessTokenLifetime, @NotEmpty List<URI> dashboardRedirectUris) {

	Path issuerDir() {
		return this.dataDir.resolve("issuer");
	}

}
