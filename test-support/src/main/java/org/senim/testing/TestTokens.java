package org.senim.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs JWT access tokens like the local issuer does (claims {@code roles},
 * {@code org_id}, {@code city}), with a key pair made for the test JVM. Services under
 * test decode them with {@link #publicKey()}.
 */
public final class TestTokens {

	public static final String ISSUER = "http://localhost:9000";

	public static final String AUDIENCE = "senim";

	private static final KeyPair KEYS = generate();

	private TestTokens() {
	}

	public static RSAPublicKey publicKey() {
		return (RSAPublicKey) KEYS.getPublic();
	}

	/**
	 * The public key as a JWK Set document, as an issuer serves it at its JWKS endpoint.
	 */
	public static String jwkSetJson() {
		return jwkSetJson("test");
	}

	/** The public key as a JWK Set document under another key id, as after a rotation. */
	public static String jwkSetJson(String keyId) {
		return new JWKSet(new RSAKey.Builder(publicKey()).keyID(keyId).build()).toString();
	}

	/** A token signed by a key nobody trusts: must be rejected like a forgery. */
	public static String forged(String subject, String... roles) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(),
					builder(subject).claim("roles", List.of(roles)).build());
			jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
			return jwt.serialize();
		}
		catch (NoSuchAlgorithmException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A valid token for an NGO worker of the given organization and city. */
	public static String ngoWorker(UUID organizationId, String city) {
		return sign(builder("ngo-" + city).claim("roles", List.of("NGO_WORKER"))
			.claim("org_id", organizationId.toString())
			.claim("city", city)
			.build());
	}

	/** A valid token with the given roles and no organization. */
	public static String withRoles(String subject, String... roles) {
		return sign(builder(subject).claim("roles", List.of(roles)).build());
	}

	/** A token that expired an hour ago. */
	public static String expired(String subject, String... roles) {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		return sign(builder(subject).claim("roles", List.of(roles))
			.issueTime(Date.from(past))
			.expirationTime(Date.from(past.plus(Duration.ofHours(1))))
			.build());
	}

	/** Starts the claims of a valid token, for tests that need unusual ones. */
	public static JWTClaimsSet.Builder builder(String subject) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(subject)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
	}

	public static String sign(JWTClaimsSet claims) {
		return sign(claims, "test");
	}

	/**
	 * Signed with the test key but naming another key id in its header, as a prober
	 * making up key ids would.
	 */
	public static String sign(JWTClaimsSet claims, String keyId) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
