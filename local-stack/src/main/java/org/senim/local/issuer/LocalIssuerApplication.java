package org.senim.local.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The local OpenID Connect issuer of {@code ./senim up}: the demo users of
 * {@code docs/decisions.md} with their password equal to their name. Local stack only;
 * production uses Keycloak or any OIDC provider.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LocalIssuerApplication {

	public static void main(String[] args) {
		SpringApplication.run(LocalIssuerApplication.class, args);
	}

}
