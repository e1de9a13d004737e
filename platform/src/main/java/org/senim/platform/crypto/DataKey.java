package org.senim.platform.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A report's data key: 256 random bits that seal the report's free text in events. It
 * lives only sealed under a service key ({@link EnvelopeCipher#wrap}) and is deleted when
 * the report expires.
 */
public final class DataKey {

	static final int BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] material;

	private DataKey(byte[] material) {
		if (material.length != BYTES) {
			throw new SealBrokenException("A data key has " + BYTES + " bytes");
		}
		this.material = material.clone();
	}

	public static DataKey generate() {
		byte[] material = new byte[BYTES];
		RANDOM.nextBytes(material);
		return new DataKey(material);
	}

	public static DataKey of(byte[] material) {
		return new DataKey(material);
	}

	public byte[] material() {
		return this.material.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DataKey that && Arrays.equals(this.material, that.material);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.material);
	}

	@Override
	public String toString() {
		return "DataKey[hidden]";
	}

}
