package org.senim.gateway.throttle;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.web.server.ServerWebExchange;

/**
 * Turns a client's address into a key for rate limiting that identifies no one: an HMAC
 * under a random salt that lives only in memory and is replaced every rotation period, so
 * no key can be linked to an address, nor to the same client a period later.
 */
public final class ClientKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Duration rotation;

	private final Clock clock;

	private volatile Salt salt;

	public ClientKeys(Duration rotation, Clock clock) {
		this.rotation = rotation;
		this.clock = clock;
		this.salt = newSalt();
	}

	/** The current key of the exchange's client. */
	public String keyOf(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		String address = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress()
				: "unknown";
		return keyOf(address);
	}

	String keyOf(String address) {
		Salt current = currentSalt();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(current.bytes(), "HmacSHA256"));
			return current.generation() + ":"
					+ HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is required", ex);
		}
	}

	/**
	 * Counts rotations, so holders of per-key state can drop what belongs to old salts.
	 */
	public long generation() {
		return currentSalt().generation();
	}

	private Salt currentSalt() {
		Salt current = this.salt;
		if (this.clock.instant().isAfter(current.expiresAt())) {
			synchronized (this) {
				if (this.salt == current) {
					this.salt = new Salt(randomBytes(), this.clock.instant().plus(this.rotation),
							current.generation() + 1);
				}
				current = this.salt;
			}
		}
		return current;
	}

	private Salt newSalt() {
		return new Salt(randomBytes(), this.clock.instant().plus(this.rotation), 0);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private record Salt(byte[] bytes, Instant expiresAt, long generation) {
	}

}
