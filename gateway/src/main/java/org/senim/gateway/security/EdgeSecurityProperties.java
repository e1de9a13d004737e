package org.senim.gateway.security;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway checks bearer tokens before a request reaches a service.
 *
 * @param issuer the {@code iss} every token must carry (the issuer as browsers see it)
 * @param jwkSetUri where the issuer's signing keys are fetched (lazily, and again on an
 * unknown key id)
 * @param audience the {@code aud} every token must include
 */
@Validated
@ConfigurationProperties("senim.gateway.security")
public record EdgeSecurityProperties(@NotNull URI issuer, @NotNull URI jwkSetUri, @NotBlank String audience) {
}
