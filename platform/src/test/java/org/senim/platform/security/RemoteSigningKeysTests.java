package org.senim.platform.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's decoder against a real local JWKS endpoint, on a clock the test moves.
 */
class RemoteSigningKeysTests {

	private static final Duration INTERVAL = Duration.ofSeconds(30);

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final JwksServer jwks = JwksServer.start();

	private final MovableClock clock = new MovableClock();

	private final TokenProperties properties = properties(this.jwks.uri());

	private final RemoteSigningKeys keys = new RemoteSigningKeys(WebClient.create(), this.properties, this.clock);

	private final ReactiveJwtDecoder decoder = TokenValidation.decoder(this.keys, this.properties);

	@AfterEach
	void stop() {
		this.jwks.close();
	}

	@Test
	void fetchesTheKeysOnceForManyTokens() {
		for (int i = 0; i < 5; i++) {
			StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);
		}

		assertThat(this.jwks.requests()).isEqualTo(1);
	}

	@Test
	void boundsTheFetchesOfAFloodOfUnknownKeyIds() {
		StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);
		this.clock.advance(INTERVAL);

		Flux<Throwable> refusals = Flux.range(0, 200)
			.flatMap((i) -> this.decoder.decode(withKeyId(UUID.randomUUID().toString()))
				.map(Throwable.class::cast)
				.onErrorResume(Mono::just), 50);

		StepVerifier.create(refusals.all(BadJwtException.class::isInstance))
			.expectNext(true)
			.expectComplete()
			.verify(WAIT);
		// One fetch for the first unknown key id, none for the other 199 within the
		// interval.
		assertThat(this.jwks.requests()).isEqualTo(2);
	}

	@Test
	void findsARotatedKeyOnceTheIntervalHasPassed() {
		StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);
		this.jwks.serveKeyId("next");
		StepVerifier.create(this.decoder.decode(withKeyId("unknown"))).expectError(BadJwtException.class).verify(WAIT);

		StepVerifier.create(this.decoder.decode(withKeyId("next"))).expectError(BadJwtException.class).verify(WAIT);
		this.clock.advance(INTERVAL);
		StepVerifier.create(this.decoder.decode(withKeyId("next"))).expectNextCount(1).expectComplete().verify(WAIT);

		assertThat(this.jwks.requests()).isEqualTo(2);
	}

	@Test
	void fetchesTheKeysAgainOnceTheyAreOld() {
		StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);
		this.clock.advance(Duration.ofMinutes(5));

		StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);

		assertThat(this.jwks.requests()).isEqualTo(2);
	}

	@Test
	void reportsUnreadableKeysAsUnavailableWithoutHammeringTheIssuer() {
		this.jwks.fail();

		for (int i = 0; i < 20; i++) {
			StepVerifier.create(this.decoder.decode(valid()))
				.expectErrorMatches((ex) -> ex instanceof JwtException && !(ex instanceof BadJwtException))
				.verify(WAIT);
		}
		assertThat(this.jwks.requests()).isEqualTo(1);

		this.jwks.serveKeyId("test");
		this.clock.advance(INTERVAL);
		StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);
		assertThat(this.jwks.requests()).isEqualTo(2);
	}

	@Test
	void keepsUsingKnownKeysWhileTheIssuerIsDown() {
		StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);
		this.jwks.fail();

		StepVerifier.create(this.decoder.decode(valid())).expectNextCount(1).expectComplete().verify(WAIT);

		assertThat(this.jwks.requests()).isEqualTo(1);
	}

	@Test
	void refusesTokensWithoutExpiryOrOurAudience() {
		String withoutExpiry = TestTokens.sign(TestTokens.builder("no-exp").expirationTime(null).build());
		String withoutAudience = TestTokens.sign(TestTokens.builder("no-aud").audience((String) null).build());
		String otherAudience = TestTokens.sign(TestTokens.builder("other-aud").audience("another-api").build());

		for (String token : new String[] { withoutExpiry, withoutAudience, otherAudience }) {
			StepVerifier.create(this.decoder.decode(token)).expectError(BadJwtException.class).verify(WAIT);
		}
		StepVerifier.create(this.decoder.decode(valid()))
			.assertNext((jwt) -> assertThat(jwt).extracting(Jwt::getSubject).isEqualTo("worker"))
			.expectComplete()
			.verify(WAIT);
	}

	static TokenProperties properties(URI jwkSetUri) {
		return new TokenProperties(URI.create(TestTokens.ISSUER), jwkSetUri, TestTokens.AUDIENCE, "roles", INTERVAL,
				Duration.ofMinutes(5), Duration.ofSeconds(3));
	}

	private static String valid() {
		return TestTokens.withRoles("worker", "NGO_WORKER");
	}

	private static String withKeyId(String keyId) {
		return TestTokens.sign(TestTokens.builder("prober").build(), keyId);
	}

	private static final class MovableClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
