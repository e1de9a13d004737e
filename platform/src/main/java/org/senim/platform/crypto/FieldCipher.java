package org.senim.platform.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for data at rest. Seals with the current key and a random 96-bit nonce;
 * opens with whichever configured key the data names, so keys can rotate. The associated
 * data binds a ciphertext to its row, so it cannot be moved to another one. CPU work:
 * call it through {@link CryptoWorkers}, not on the event loop.
 */
public class FieldCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SecretKey> keys;

	private final String currentKeyId;

	public FieldCipher(CryptoProperties properties) {
		this.keys = properties.keys()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					(key) -> new SecretKeySpec(CryptoProperties.decode(key.getValue()), "AES")));
		this.currentKeyId = properties.currentKeyId();
	}

	public SealedText seal(byte[] plaintext, byte[] associatedData) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			return new SealedText(this.currentKeyId, nonce, cipher.doFinal(plaintext));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	public byte[] open(SealedText sealed, byte[] associatedData) {
		SecretKey key = this.keys.get(sealed.keyId());
		if (key == null) {
			throw new SealBrokenException("No key configured with id " + sealed.keyId());
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(sealed.ciphertext());
		}
		catch (GeneralSecurityException ex) {
			throw new SealBrokenException("Sealed data failed authentication", ex);
		}
	}

}
