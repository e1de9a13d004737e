package org.senim.referral.offer;

/**
 * The data key of a referral's report, as the NGO data-key API answers it: what an NGO's
 * own system needs to open the {@code EncryptedText} fields of the referral's events on
 * {@code referrals.<city>}.
 *
 * @param keyId the id the events name it by, {@code report:<reportId>}
 * @param algorithm how the fields are sealed
 * @param key the 256-bit key, base64
 */
record ReferralDataKey(String keyId, String algorithm, String key) {

	static final String ALGORITHM = "AES-256-GCM";

	@Override
	public String toString() {
		return "ReferralDataKey[keyId=" + this.keyId + "]";
	}

}
