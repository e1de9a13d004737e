package org.senim.referral.datakey;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where and as whom the service fetches reports' data keys: the report-service's internal
 * key channel, with a client-credentials token of its own confidential client.
 *
 * @param uri the report-service, on its own port (never through the gateway)
 * @param tokenUri the issuer's token endpoint
 * @param clientId the service's client at the issuer ({@code senim-referral-service})
 * @param clientSecret its secret ({@code SENIM_REFERRAL_CLIENT_SECRET})
 * @param connectTimeout longest wait for a connection to the report-service or the issuer
 * @param responseTimeout longest wait for an answer
 */
@Validated
@ConfigurationProperties("senim.referral.report-keys")
public record ReportKeysProperties(@NotNull URI uri, @NotNull URI tokenUri, @NotBlank String clientId,
		@NotBlank String clientSecret, @NotNull Duration connectTimeout, @NotNull Duration responseTimeout) {

	@Override
	public String toString() {
		return "ReportKeysProperties[uri=" + this.uri + ", tokenUri=" + this.tokenUri + ", clientId=" + this.clientId
				+ ", clientSecret hidden]";
	}

}
