package org.senim.gateway.pow;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Issues proof-of-work challenges and checks solutions. A challenge is
 * {@code <random>.<expiry>.<mac>}, signed with a key that lives only in memory, so no
 * state is kept until a solution comes back; each challenge is accepted once.
 */
@Component
public class Challenges {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProofOfWorkProperties properties;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Instant> used = new ConcurrentHashMap<>();

	@Autowired
	public Challenges(ProofOfWorkProperties properties) {
		this(properties, Clock.systemUTC());
	}

	Challenges(ProofOfWorkProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		RANDOM.nextBytes(this.key);
	}

	public Challenge issue() {
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		Instant expiresAt = this.clock.instant().plus(this.properties.validity());
		String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "."
				+ expiresAt.getEpochSecond();
		return new Challenge(payload + "." + mac(payload), this.properties.difficulty(), expiresAt);
	}

	/**
	 * Whether {@code proof} ({@code <challenge>:<nonce>}) solves a valid, unused
	 * challenge.
	 */
	public boolean accept(String proof) {
		if (proof == null || proof.length() > 256) {
			return false;
		}
		int colon = proof.lastIndexOf(':');
		if (colon < 0) {
			return false;
		}
		String challenge = proof.substring(0, colon);
		String[] parts = challenge.split("\\.");
		if (parts.length != 3 || !MessageDigest.isEqual(mac(parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8),
				parts[2].getBytes(StandardCharsets.UTF_8))) {
			return false;
		}
		Instant expiresAt;
		try {
			expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Instant now = this.clock.instant();
		if (now.isAfter(expiresAt) || !solves(proof)) {
			return false;
		}
		this.used.values().removeIf(now::isAfter);
		return this.used.putIfAbsent(challenge, expiresAt) == null;
	}

	private boolean solves(String proof) {
		byte[] hash = sha256(proof);
		int bits = this.properties.difficulty();
		for (int i = 0; i < bits; i++) {
			if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
				return false;
			}
		}
		return true;
	}

	private String mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param challenge solve by finding a nonce such that SHA-256 of
	 * {@code challenge + ":" + nonce} starts with {@code difficulty} zero bits
	 */
	public record Challenge(String challenge, int difficulty, Instant expiresAt) {
	}

}
