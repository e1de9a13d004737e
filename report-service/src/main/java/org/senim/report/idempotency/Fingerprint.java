package org.senim.report.idempotency;

import java.security.MessageDigest;

/**
 * Keyed hashes of an Idempotency-Key and of the request it came with. Keyed, so a stored
 * hash cannot confirm a guessed description.
 */
public record Fingerprint(byte[] keyHash, byte[] requestHash) {

	public Fingerprint {
		keyHash = keyHash.clone();
		requestHash = requestHash.clone();
	}

	@Override
	public byte[] keyHash() {
		return this.keyHash.clone();
	}

	@Override
	public byte[] requestHash() {
		return this.requestHash.clone();
	}

	boolean sameRequestAs(byte[] otherRequestHash) {
		return MessageDigest.isEqual(this.requestHash, otherRequestHash);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Fingerprint that && MessageDigest.isEqual(this.keyHash, that.keyHash)
				&& MessageDigest.isEqual(this.requestHash, that.requestHash);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(this.keyHash);
	}

	@Override
	public String toString() {
		return "Fingerprint[hidden]";
	}

}
