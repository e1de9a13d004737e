package org.senim.local.issuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The issuer's RSA signing key, generated once and kept under {@code <data-dir>/issuer/}
 * so that tokens (and the services' JWKS caches) survive a restart of the local stack.
 */
final class SigningKey {

	static final String FILE_NAME = "signing-key.jwk.json";

	private SigningKey() {
	}

	static RSAKey loadOrCreate(Path issuerDir) {
		Path file = issuerDir.resolve(FILE_NAME);
		if (Files.exists(file)) {
			return read(file);
		}
		RSAKey key = generate();
		PrivateFiles.write(file, key.toJSONString());
		return key;
	}

	private static RSAKey read(Path file) {
		try {
			return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the signing key " + file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The signing key " + file + " is not a JWK; delete it to make a new one",
					ex);
		}
	}

	private static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var keyPair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
				.privateKey((RSAPrivateKey) keyPair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

}
