package org.senim.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * AES-GCM output with what is needed to open it later: the id of the key, the nonce and
 * the ciphertext (tag included). Stored as three columns, or as one envelope where a
 * table has a single payload column.
 */
public record SealedText(String keyId, byte[] nonce, byte[] ciphertext) {

	private static final byte ENVELOPE_VERSION = 1;

	public SealedText {
		nonce = nonce.clone();
		ciphertext = ciphertext.clone();
	}

	@Override
	public byte[] nonce() {
		return this.nonce.clone();
	}

	@Override
	public byte[] ciphertext() {
		return this.ciphertext.clone();
	}

	/**
	 * {@code version(1) | keyIdLength(1) | keyId | nonceLength(1) | nonce | ciphertext}.
	 */
	public byte[] toEnvelope() {
		byte[] id = this.keyId.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(3 + id.length + this.nonce.length + this.ciphertext.length)
			.put(ENVELOPE_VERSION)
			.put((byte) id.length)
			.put(id)
			.put((byte) this.nonce.length)
			.put(this.nonce)
			.put(this.ciphertext)
			.array();
	}

	public static SealedText fromEnvelope(byte[] envelope) {
		try {
			ByteBuffer buffer = ByteBuffer.wrap(envelope);
			if (buffer.get() != ENVELOPE_VERSION) {
				throw new SealBrokenException("Unknown envelope version");
			}
			byte[] id = new byte[Byte.toUnsignedInt(buffer.get())];
			buffer.get(id);
			byte[] nonce = new byte[Byte.toUnsignedInt(buffer.get())];
			buffer.get(nonce);
			byte[] ciphertext = new byte[buffer.remaining()];
			buffer.get(ciphertext);
			return new SealedText(new String(id, StandardCharsets.UTF_8), nonce, ciphertext);
		}
		catch (RuntimeException ex) {
			if (ex instanceof SealBrokenException broken) {
				throw broken;
			}
			throw new SealBrokenException("Truncated envelope");
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SealedText that && this.keyId.equals(that.keyId)
				&& Arrays.equals(this.nonce, that.nonce) && Arrays.equals(this.ciphertext, that.ciphertext);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.keyId.hashCode() + Arrays.hashCode(this.nonce)) + Arrays.hashCode(this.ciphertext);
	}

	@Override
	public String toString() {
		return "SealedText[keyId=" + this.keyId + ", " + this.ciphertext.length + " bytes]";
	}

}
