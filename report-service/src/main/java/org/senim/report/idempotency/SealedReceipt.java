package org.senim.report.idempotency;

import java.util.Arrays;

/**
 * A receipt sealed with AES-256-GCM under a key derived from the client's
 * Idempotency-Key: the random 96-bit nonce and the ciphertext with its tag.
 */
public record SealedReceipt(byte[] nonce, byte[] ciphertext) {

	public SealedReceipt {
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

	@Override
	public boolean equals(Object other) {
		return other instanceof SealedReceipt that && Arrays.equals(this.nonce, that.nonce)
				&& Arrays.equals(this.ciphertext, that.ciphertext);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.nonce) + Arrays.hashCode(this.ciphertext);
	}

	@Override
	public String toString() {
		return "SealedReceipt[" + this.ciphertext.length + " bytes]";
	}

}
