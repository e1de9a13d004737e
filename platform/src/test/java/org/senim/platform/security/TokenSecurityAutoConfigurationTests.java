package org.senim.platform.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSecurityAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(TokenSecurityAutoConfiguration.class, ValidationAutoConfiguration.class));

	private final String[] issuer = { "senim.security.issuer-uri=http://localhost:9000",
			"senim.security.jwk-set-uri=http://localhost:9000/oauth2/jwks", "senim.security.audience=senim" };

	@Test
	void bindsTheDefaults() {
		this.runner.withPropertyValues(this.issuer).run((context) -> {
			assertThat(context).hasSingleBean(TokenSecurity.class).hasSingleBean(ReactiveJwtDecoder.class);
			TokenProperties properties = context.getBean(TokenProperties.class);
			assertThat(properties.rolesClaim()).isEqualTo("roles");
			assertThat(properties.jwksRefreshInterval()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.jwksMaxAge()).isEqualTo(Duration.ofMinutes(5));
			assertThat(properties.jwksTimeout()).isEqualTo(Duration.ofSeconds(3));
			assertThat(properties.retryAfterSeconds()).isEqualTo(30);
		});
	}

	@Test
	void refusesToStartWithoutAnIssuer() {
		this.runner.withPropertyValues("senim.security.audience=senim")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void refusesAnIntervalThatIsNotPositiveOrLongerThanTheKeysAreKept() {
		this.runner.withPropertyValues(this.issuer)
			.withPropertyValues("senim.security.jwks-refresh-interval=0s")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues(this.issuer)
			.withPropertyValues("senim.security.jwks-refresh-interval=10m", "senim.security.jwks-max-age=5m")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void backsOffForADecoderOfTheService() {
		ReactiveJwtDecoder own = (token) -> Mono.empty();
		this.runner.withPropertyValues(this.issuer)
			.withBean(ReactiveJwtDecoder.class, () -> own)
			.run((context) -> assertThat(context.getBean(ReactiveJwtDecoder.class)).isSameAs(own));
	}

}
