package org.senim.report.receipt;

import java.util.Base64;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Argon2id parameters of receipt hashes and the server-side pepper (base64, at least 16
 * bytes). Changing any of them makes stored receipts unusable.
 */
@Validated
@ConfigurationProperties("senim.report.receipt")
public record ReceiptProperties(@NotBlank String pepper, @Min(1024) @Max(1048576) int memoryKib,
		@Min(1) @Max(10) int iterations, @Min(1) @Max(16) int parallelism) {

	static final int MIN_PEPPER_BYTES = 16;

	public ReceiptProperties {
		if (pepper != null && !pepper.isBlank() && pepperBytes(pepper).length < MIN_PEPPER_BYTES) {
			throw new IllegalArgumentException("senim.report.receipt.pepper must be at least " + MIN_PEPPER_BYTES
					+ " bytes, base64 (env SENIM_RECEIPT_PEPPER)");
		}
	}

	public byte[] pepperBytes() {
		return pepperBytes(this.pepper);
	}

	private static byte[] pepperBytes(String pepper) {
		try {
			return Base64.getDecoder().decode(pepper.trim());
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	@Override
	public String toString() {
		return "ReceiptProperties[memoryKib=" + this.memoryKib + ", iterations=" + this.iterations + ", parallelism="
				+ this.parallelism + "]";
	}

}
