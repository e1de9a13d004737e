package org.senim.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.EncryptedText;

/**
 * Envelope encryption with a data key per report: free text of events is sealed under the
 * report's {@link DataKey} ({@link #seal}, {@link #open}), and the data key itself under
 * the service key ({@link #wrap}, {@link #unwrap}), bound to its key id. Deleting the
 * wrapped key makes every ciphertext under it unreadable. CPU work: call it through
 * {@link CryptoWorkers}.
 */
public class EnvelopeCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final FieldCipher serviceKey;

	public EnvelopeCipher(FieldCipher serviceKey) {
		this.serviceKey = serviceKey;
	}

	/** The data key sealed under the current service key, bound to its id. */
	public SealedText wrap(String keyId, DataKey key) {
		return this.serviceKey.seal(key.material(), wrapData(keyId));
	}

	public DataKey unwrap(String keyId, SealedText wrapped) {
		return DataKey.of(this.serviceKey.open(wrapped, wrapData(keyId)));
	}

	public EncryptedText seal(String keyId, DataKey key, String plaintext, byte[] associatedData) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			Base64.Encoder base64 = Base64.getEncoder();
			return new EncryptedText(keyId, base64.encodeToString(nonce), base64.encodeToString(sealed));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * @throws SealBrokenException when the text was sealed with another key, moved from
	 * other associated data, or tampered with
	 */
	public String open(EncryptedText sealed, String keyId, DataKey key, byte[] associatedData) {
		if (!keyId.equals(sealed.keyId())) {
			throw new SealBrokenException("Sealed with " + sealed.keyId() + ", not " + keyId);
		}
		try {
			Base64.Decoder base64 = Base64.getDecoder();
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, base64.decode(sealed.nonce()));
			cipher.updateAAD(associatedData);
			return new String(cipher.doFinal(base64.decode(sealed.ciphertext())), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SealBrokenException("Sealed text failed authentication", ex);
		}
	}

	/**
	 * The free text of an event's field about {@code recordId} (the report, or one of its
	 * referrals), sealed under the report's data key: the key id names the report, the
	 * associated data binds the event type, the field and the record.
	 */
	public EncryptedText sealField(UUID reportId, DataKey key, EventType<?> type, String field, UUID recordId,
			String plaintext) {
		return seal(EncryptedText.keyIdOf(reportId), key, plaintext,
				EncryptedText.associatedData(type.type(), field, recordId));
	}

	/**
	 * Opens what {@link #sealField} sealed.
	 * @throws SealBrokenException when it was sealed for another report, event type,
	 * field or record, or tampered with
	 */
	public String openField(EncryptedText sealed, UUID reportId, DataKey key, EventType<?> type, String field,
			UUID recordId) {
		return open(sealed, EncryptedText.keyIdOf(reportId), key,
				EncryptedText.associatedData(type.type(), field, recordId));
	}

	private static Cipher cipher(int mode, DataKey key, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, new SecretKeySpec(key.material(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
		return cipher;
	}

	private static byte[] wrapData(String keyId) {
		return ("data-key|" + keyId).getBytes(StandardCharsets.UTF_8);
	}

}
