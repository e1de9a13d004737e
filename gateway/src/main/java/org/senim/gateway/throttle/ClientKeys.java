package org.senim.gateway.throttle;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.web.server.ServerWebExchange;

/**
 * Turns a client's address into a key for rate limiting that identifies no one: an HMAC
 * under a salt that lives only in memory and is replaced every rotation window, so no key
 * can be linked to an address, nor to the same client a window later.
 *
 * <p>
 * A single gateway draws each window's salt at random. Several gateways sharing buckets
 * in Redis must agree on the salt, so they derive it from a shared secret and the window
 * number; the secret then is the one thing to keep from anyone who can read Redis.
 *
 * <p>
 * The client is the request's remote address: the TCP peer, or behind a trusted proxy the
 * address that proxy was called from ({@link TrustedProxyWebFilter}). An IPv6 client is
 * keyed by its /64, the block one household or phone is given, so rotating through it
 * buys no fresh buckets.
 */
public final class ClientKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final long rotationMillis;

	private final Clock clock;

	private final byte[] sharedSecret;

	private volatile Salt salt;

	public ClientKeys(Duration rotation, Clock clock, String sharedSecret) {
		this.rotationMillis = rotation.toMillis();
		this.clock = clock;
		this.sharedSecret = (sharedSecret != null && !sharedSecret.isBlank())
				? sharedSecret.getBytes(StandardCharsets.UTF_8) : null;
		this.salt = saltOf(currentWindow());
	}

	/** The current key of the exchange's client. */
	public String keyOf(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		InetAddress client = (remote != null) ? remote.getAddress() : null;
		return keyOf((client != null) ? blockOf(client) : "unknown");
	}

	/** What one client is: an IPv4 address, or the /64 of an IPv6 address. */
	static String blockOf(InetAddress address) {
		InetAddress canonical = TrustedProxies.canonical(address);
		if (canonical instanceof Inet6Address) {
			byte[] bytes = canonical.getAddress();
			return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
		}
		return canonical.getHostAddress();
	}

	String keyOf(String address) {
		Salt current = currentSalt();
		return current.window() + ":" + HexFormat.of().formatHex(hmac(current.bytes(), address), 0, 16);
	}

	/**
	 * The current rotation window, so holders of per-key state can drop old windows'
	 * state.
	 */
	public long generation() {
		return currentSalt().window();
	}

	private Salt currentSalt() {
		long window = currentWindow();
		Salt current = this.salt;
		if (current.window() != window) {
			synchronized (this) {
				if (this.salt.window() != window) {
					this.salt = saltOf(window);
				}
				current = this.salt;
			}
		}
		return current;
	}

	private long currentWindow() {
		return this.clock.millis() / this.rotationMillis;
	}

	private Salt saltOf(long window) {
		if (this.sharedSecret != null) {
			return new Salt(hmac(this.sharedSecret, "senim-throttle-window:" + window), window);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new Salt(bytes, window);
	}

	private static byte[] hmac(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is required", ex);
		}
	}

	private record Salt(byte[] bytes, long window) {
	}

}
