package org.senim.report.idempotency;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF (RFC 5869) with HMAC-SHA-256, from the JDK's {@link Mac}: extract a pseudorandom
 * key from input keying material under a salt, then expand it into as many bytes as
 * needed, one output per {@code info}.
 */
final class Hkdf {

	private static final String HMAC = "HmacSHA256";

	private static final int HASH_LENGTH = 32;

	private Hkdf() {
	}

	/**
	 * HKDF-Extract: {@code PRK = HMAC-Hash(salt, IKM)}; an empty salt means 32 zero
	 * bytes.
	 */
	static byte[] extract(byte[] salt, byte[] inputKeyingMaterial) {
		return hmac((salt.length == 0) ? new byte[HASH_LENGTH] : salt, inputKeyingMaterial);
	}

	/**
	 * HKDF-Expand: {@code T(i) = HMAC-Hash(PRK, T(i-1) | info | i)}, the first
	 * {@code length} bytes.
	 */
	static byte[] expand(byte[] pseudorandomKey, byte[] info, int length) {
		if (length < 1 || length > 255 * HASH_LENGTH) {
			throw new IllegalArgumentException("HKDF-SHA256 yields 1 to 8160 bytes, not " + length);
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream(length);
		byte[] previous = new byte[0];
		for (int i = 1; output.size() < length; i++) {
			byte[] block = new byte[previous.length + info.length + 1];
			System.arraycopy(previous, 0, block, 0, previous.length);
			System.arraycopy(info, 0, block, previous.length, info.length);
			block[block.length - 1] = (byte) i;
			previous = hmac(pseudorandomKey, block);
			output.write(previous, 0, Math.min(previous.length, length - output.size()));
		}
		return output.toByteArray();
	}

	static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key, HMAC));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
