package org.senim.platform.secrets;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Every service refuses the committed development secrets outside the local profile. */
@AutoConfiguration
public final class DevelopmentSecretsAutoConfiguration {

	// Static: a post-processor must not wait for its configuration class.
	@Bean
	static DevelopmentSecretsGuard developmentSecretsGuard() {
		return new DevelopmentSecretsGuard();
	}

}
