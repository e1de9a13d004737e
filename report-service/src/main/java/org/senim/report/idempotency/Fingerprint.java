package org.senim.report.idempotency;

import java.security.MessageDigest;

/**
 * What an Idempotency-Key and its request come to: the hash the entry is found by, the
 * hash of the request it came with, and the key the first receipt is sealed under. Only
 * the two hashes are stored; the receipt key is derived from the client's key on every
 * request and never leaves memory.
 */
public record Fingerprint(byte[] keyHash, byte[] requestHash, byte[] receiptKey) {

	public Fingerprint {
		keyHash = keyHash.clone();
		requestHash = requestHash.clone();
		receiptKey = receiptKey.clone();
	}

	@Override
	public byte[] keyHash() {
		return this.keyHash.clone();
	}

	@Override
	public byte[] requestHash() {
		return this.requestHash.clone();
	}

	@Override
	public byte[] receiptKey() {
		return this.receiptKey.clone();
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
