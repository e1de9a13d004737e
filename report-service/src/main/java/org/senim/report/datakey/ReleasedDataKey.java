package org.senim.report.datakey;

/**
 * A report's data key as the internal key channel answers it.
 *
 * @param keyId the id events name it by, {@code report:<reportId>}
 * @param algorithm how the events' {@code EncryptedText} fields are sealed
 * @param key the 256-bit key, base64
 */
record ReleasedDataKey(String keyId, String algorithm, String key) {

	static final String ALGORITHM = "AES-256-GCM";

	@Override
	public String toString() {
		return "ReleasedDataKey[keyId=" + this.keyId + "]";
	}

}
