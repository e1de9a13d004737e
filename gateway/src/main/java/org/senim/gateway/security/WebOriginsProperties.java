package org.senim.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param webOrigins origins whose pages may call the API from a browser
 */
@ConfigurationProperties("senim.gateway")
public record WebOriginsProperties(List<String> webOrigins) {

	public WebOriginsProperties {
		webOrigins = (webOrigins != null) ? List.copyOf(webOrigins) : List.of();
	}

}
