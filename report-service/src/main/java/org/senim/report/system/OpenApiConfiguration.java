package org.senim.report.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the public API ({@code /v3/api-docs}). The only scheme is
 * the optional bearer token of a hotline operator; tipsters send none.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Senim report-service", version = "v1",
		description = "Anonymous tips about human trafficking in Kazakhstan, and the tipster's follow-up mailbox. "
				+ "No IP address, user agent or cookie is stored; the receipt is the only key to a tip."))
@SecurityScheme(name = OpenApiConfiguration.OPERATOR_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "JWT",
		description = "Only for hotline operators (role HOTLINE_OPERATOR) filing a tip for a caller")
public class OpenApiConfiguration {

	/** The name of the hotline operator's bearer token scheme. */
	public static final String OPERATOR_TOKEN = "operatorToken";

}
