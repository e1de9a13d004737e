package org.senim.report.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens a replayable receipt under the key derived from the client's
 * Idempotency-Key ({@link Fingerprint#receiptKey()}), bound to its entry by the key hash
 * as associated data. No service key is involved: without the client's key the stored
 * ciphertext opens for nobody.
 */
final class ReceiptSeal {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ReceiptSeal() {
	}

	static SealedReceipt seal(Fingerprint fingerprint, String digits) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, fingerprint, nonce);
			return new SealedReceipt(nonce, cipher.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	static String open(Fingerprint fingerprint, SealedReceipt sealed) {
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, fingerprint, sealed.nonce());
			return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			// The entry was found by this key's hash, so its own key must open it.
			throw new IllegalStateException("A remembered receipt failed authentication", ex);
		}
	}

	private static Cipher cipher(int mode, Fingerprint fingerprint, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, new SecretKeySpec(fingerprint.receiptKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associatedData(fingerprint));
		return cipher;
	}

	static byte[] associatedData(Fingerprint fingerprint) {
		return ("idempotency_key:" + HexFormat.of().formatHex(fingerprint.keyHash())).getBytes(StandardCharsets.UTF_8);
	}

}
