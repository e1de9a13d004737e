package org.senim.report.system;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The JWT issuer and where its keys are read, lazily on the first token, so the service
 * starts while the issuer is down.
 *
 * @param issuerUri the {@code iss} of valid tokens, as browsers see the issuer
 * @param jwkSetUri the issuer's keys, as this service reaches them
 */
@Validated
@ConfigurationProperties("senim.security")
record SecurityProperties(@NotNull URI issuerUri, @NotNull URI jwkSetUri, @NotBlank String audience) {
}
