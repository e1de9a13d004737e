package org.senim.report.system;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The JWT issuer whose keys are read from {@code <issuer-uri>/oauth2/jwks}, lazily on the
 * first token, so the service starts while the issuer is down.
 */
@Validated
@ConfigurationProperties("senim.security")
record SecurityProperties(@NotNull URI issuerUri, @NotBlank String audience) {

	String jwkSetUri() {
		String issuer = this.issuerUri.toString();
		return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/oauth2/jwks";
	}

}
