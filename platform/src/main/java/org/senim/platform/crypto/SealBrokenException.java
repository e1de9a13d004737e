package org.senim.platform.crypto;

/**
 * Sealed data that cannot be opened: tampered, truncated, or sealed with an unknown key.
 */
public class SealBrokenException extends RuntimeException {

	public SealBrokenException(String message) {
		super(message);
	}

	public SealBrokenException(String message, Throwable cause) {
		super(message, cause);
	}

}
