package org.senim.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Flux;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * What makes a Senim JWT valid: an RS256 signature by a key of the issuer, the issuer's
 * {@code iss}, an {@code aud} containing the service's audience, and an {@code exp} (a
 * token without one would never expire; Spring's timestamp check skips a missing
 * {@code exp}), in the future, as is {@code nbf} if present. Every refusal is a
 * {@code BadJwtException} (401); only unreadable signing keys are another
 * {@link JwtException} (503).
 */
public final class TokenValidation {

	private TokenValidation() {
	}

	/** The checks of a token's claims, for every decoder of a service (and its tests). */
	public static OAuth2TokenValidator<Jwt> validator(TokenProperties properties) {
		return validator(properties.issuerUri().toString(), properties.audience());
	}

	public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						(audiences) -> audiences != null && audiences.contains(audience)));
	}

	/** A decoder reading the keys through {@code keys}, with {@link #validator}. */
	static ReactiveJwtDecoder decoder(Function<SignedJWT, Flux<JWK>> keys, TokenProperties properties) {
		NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSource(keys).build();
		nimbus.setJwtValidator(validator(properties));
		// Anything but a JwtException would escape the resource server as a 500.
		return (token) -> nimbus.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException),
					(ex) -> new JwtException("The token could not be checked", ex));
	}

}
