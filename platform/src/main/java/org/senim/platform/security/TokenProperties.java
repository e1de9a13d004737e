package org.senim.platform.security;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which JWTs a service accepts and how it reads the issuer's signing keys: lazily, on the
 * first token, so a service starts while the issuer is down.
 *
 * @param issuerUri the {@code iss} of valid tokens, as browsers see the issuer
 * @param jwkSetUri the issuer's keys (JWK Set), as this service reaches them
 * @param audience a value the token's {@code aud} must contain
 * @param rolesClaim the claim whose values become {@code ROLE_<value>} authorities
 * @param jwksRefreshInterval least time between two fetches of the keys, however many
 * tokens with unknown key ids arrive; also the {@code Retry-After} of the 503 answered
 * while the keys cannot be fetched
 * @param jwksMaxAge how long fetched keys are used before the next token fetches them
 * again (a key the issuer withdrew is trusted at most this long)
 * @param jwksTimeout longest wait for the issuer's keys
 */
@Validated
@ConfigurationProperties("senim.security")
public record TokenProperties(@NotNull URI issuerUri, @NotNull URI jwkSetUri, @NotBlank String audience,
		@NotBlank @DefaultValue("roles") String rolesClaim, @NotNull @DefaultValue("30s") Duration jwksRefreshInterval,
		@NotNull @DefaultValue("5m") Duration jwksMaxAge, @NotNull @DefaultValue("3s") Duration jwksTimeout) {

	public TokenProperties {
		positive("jwks-refresh-interval", jwksRefreshInterval);
		positive("jwks-max-age", jwksMaxAge);
		positive("jwks-timeout", jwksTimeout);
		if (jwksRefreshInterval != null && jwksMaxAge != null && jwksMaxAge.compareTo(jwksRefreshInterval) < 0) {
			throw new IllegalArgumentException("senim.security.jwks-max-age must not be below jwks-refresh-interval");
		}
	}

	/** Whole seconds, at least one, for {@code Retry-After}. */
	long retryAfterSeconds() {
		return Math.max(1, (this.jwksRefreshInterval.toMillis() + 999) / 1000);
	}

	private static void positive(String key, Duration value) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException("senim.security." + key + " must be positive");
		}
	}

}
