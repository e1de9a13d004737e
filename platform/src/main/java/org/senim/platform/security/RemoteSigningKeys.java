package org.senim.platform.security;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The issuer's signing keys, fetched from its JWK Set on demand and kept for
 * {@code jwks-max-age}. A token whose key id is unknown fetches them again — at most once
 * per {@code jwks-refresh-interval}, however many such tokens arrive, and concurrent ones
 * share one fetch — so a flood of made-up key ids cannot turn the service into a load
 * generator against its issuer. Spring Security's own JWK Set source refetches for every
 * unknown key id.
 * <p>
 * A failed fetch is a {@link JwtException} that is not a {@code BadJwtException}, which
 * the resource server answers with 503: the token was not judged. Until the next fetch is
 * allowed, tokens the last keys cannot check get the same failure.
 */
final class RemoteSigningKeys implements Function<SignedJWT, Flux<JWK>> {

	private final WebClient web;

	private final URI uri;

	private final TokenProperties properties;

	private final Clock clock;

	private JWKSet keys;

	private Instant fetchedAt;

	private Instant attemptedAt;

	private Throwable lastFailure;

	private Mono<JWKSet> pending;

	RemoteSigningKeys(WebClient web, TokenProperties properties, Clock clock) {
		this.web = web;
		this.uri = properties.jwkSetUri();
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Flux<JWK> apply(SignedJWT jwt) {
		String keyId = jwt.getHeader().getKeyID();
		return keysFor(keyId).flatMapMany(Flux::fromIterable);
	}

	private Mono<List<JWK>> keysFor(String keyId) {
		Mono<JWKSet> fetching;
		synchronized (this) {
			Instant now = this.clock.instant();
			List<JWK> known = matching(this.keys, keyId);
			boolean fresh = this.fetchedAt != null && now.isBefore(this.fetchedAt.plus(this.properties.jwksMaxAge()));
			if (!known.isEmpty() && fresh) {
				return Mono.just(known);
			}
			if (this.pending != null) {
				fetching = this.pending;
			}
			else if (this.attemptedAt != null
					&& now.isBefore(this.attemptedAt.plus(this.properties.jwksRefreshInterval()))) {
				return (this.lastFailure != null && known.isEmpty()) ? Mono.error(unavailable(this.lastFailure))
						: Mono.just(known);
			}
			else {
				this.attemptedAt = now;
				this.pending = fetch().cache();
				fetching = this.pending;
			}
		}
		return fetching.map((set) -> matching(set, keyId));
	}

	private Mono<JWKSet> fetch() {
		return Mono.defer(() -> this.web.get().uri(this.uri).retrieve().bodyToMono(String.class))
			.timeout(this.properties.jwksTimeout())
			.map(RemoteSigningKeys::parse)
			.doOnNext(this::fetched)
			.doOnError(this::failed)
			.onErrorMap(RemoteSigningKeys::unavailable);
	}

	private synchronized void fetched(JWKSet set) {
		this.keys = set;
		this.fetchedAt = this.clock.instant();
		this.lastFailure = null;
		this.pending = null;
	}

	private synchronized void failed(Throwable failure) {
		this.lastFailure = failure;
		this.pending = null;
	}

	private static List<JWK> matching(JWKSet set, String keyId) {
		if (set == null) {
			return List.of();
		}
		if (keyId == null) {
			return set.getKeys();
		}
		JWK key = set.getKeyByKeyId(keyId);
		return (key != null) ? List.of(key) : List.of();
	}

	private static JWKSet parse(String body) {
		try {
			return JWKSet.parse(body);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The issuer's JWK Set is not readable", ex);
		}
	}

	private static JwtException unavailable(Throwable cause) {
		return (cause instanceof SigningKeysUnavailableException unavailable) ? unavailable
				: new SigningKeysUnavailableException(cause);
	}

	/** The issuer's signing keys could not be read: the token was not judged. */
	static final class SigningKeysUnavailableException extends JwtException {

		SigningKeysUnavailableException(Throwable cause) {
			super("The issuer's signing keys are unavailable", cause);
		}

	}

}
