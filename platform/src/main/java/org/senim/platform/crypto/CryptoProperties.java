package org.senim.platform.crypto;

import java.util.Base64;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The service key: AES-256 keys by id (base64, 32 bytes each) and the id of the key new
 * data is sealed with. Old keys stay listed until no row uses them. The service refuses
 * to start with a missing or malformed key. One tree, {@code senim.crypto.*}, in every
 * service that seals data at rest.
 *
 * @param workerThreads threads of the default bounded scheduler that runs AES-GCM (and
 * the report-service's Argon2)
 * @param queuedTasks tasks that may wait for those threads before callers are refused
 */
@Validated
@ConfigurationProperties("senim.crypto")
public record CryptoProperties(@NotBlank String currentKeyId, @NotEmpty Map<String, String> keys,
		@Min(1) @Max(64) int workerThreads, @Min(1) int queuedTasks) {

	static final int KEY_BYTES = 32;

	public CryptoProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
		for (Map.Entry<String, String> key : keys.entrySet()) {
			if (decode(key.getValue()).length != KEY_BYTES) {
				throw new IllegalArgumentException("senim.crypto.keys." + key.getKey() + " must be " + KEY_BYTES
						+ " bytes, base64 (the default key k1 comes from SENIM_REPORT_KEY or SENIM_REFERRAL_KEY)");
			}
		}
		if (currentKeyId != null && !keys.containsKey(currentKeyId)) {
			throw new IllegalArgumentException("senim.crypto.current-key-id names no key in senim.crypto.keys");
		}
	}

	static byte[] decode(String base64) {
		if (base64 == null || base64.isBlank()) {
			return new byte[0];
		}
		try {
			return Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	@Override
	public String toString() {
		return "CryptoProperties[currentKeyId=" + this.currentKeyId + ", keys=" + this.keys.keySet() + "]";
	}

}
