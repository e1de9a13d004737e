package org.senim.gateway.hotline;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The national hotlines the gateway answers with when the directory-service cannot: the
 * seed article's IOM and police hotlines. Kept in configuration so they never depend on a
 * service being up. {@code free} is left out where the source does not say.
 */
@Validated
@ConfigurationProperties("senim.gateway.national-hotlines")
public record NationalHotlinesProperties(@NotEmpty List<@Valid Hotline> entries) {

	public record Hotline(@NotEmpty Map<String, String> names, @NotBlank String phone,
			@NotBlank @Pattern(regexp = "\\d{3,15}") String dial, Boolean free, List<String> serviceTypes,
			@NotBlank String source) {

		/**
		 * The name in the wanted language, else Russian, the common language of the
		 * hotlines.
		 */
		public String name(String language) {
			return this.names.getOrDefault(language,
					this.names.getOrDefault("ru", this.names.values().iterator().next()));
		}

	}

}
