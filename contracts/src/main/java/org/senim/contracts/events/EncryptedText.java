package org.senim.contracts.events;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Free text of an event, AES-256-GCM under the data key of its report (docs/security.md,
 * crypto-shredding): once that key is deleted at the report's expiry, every copy of the
 * event on every broker, replica, DLT and backup is unreadable.
 *
 * <p>
 * To open it: AES/GCM/NoPadding, 128-bit tag, the data key named by {@code keyId}, the
 * {@code nonce}, and {@link #associatedData} of the event's CloudEvent type, the field's
 * name and the id of the record the event is about (the report for {@code reports.*}
 * topics, the referral for {@code referrals.*}); so a ciphertext moved into another
 * event, field or record does not open.
 *
 * @param keyId the data key it was sealed with, {@code report:<reportId>}
 * @param nonce the 96-bit nonce, base64
 * @param ciphertext ciphertext and tag, base64
 */
public record EncryptedText(String keyId, String nonce, String ciphertext) {

	public EncryptedText {
		Objects.requireNonNull(keyId, "keyId");
		Objects.requireNonNull(nonce, "nonce");
		Objects.requireNonNull(ciphertext, "ciphertext");
	}

	/** The id of the data key of a report. */
	public static String keyIdOf(UUID reportId) {
		return "report:" + reportId;
	}

	/** {@code <event type>|<field>|<record id>}, UTF-8. */
	public static byte[] associatedData(String eventType, String field, UUID recordId) {
		return (eventType + "|" + field + "|" + recordId).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "EncryptedText[keyId=" + this.keyId + "]";
	}

}
