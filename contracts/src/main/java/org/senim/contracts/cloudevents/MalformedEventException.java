package org.senim.contracts.cloudevents;

/**
 * A record that is not a readable Senim CloudEvent. Retrying cannot help: consumers send
 * it to the dead-letter topic at once.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

	public MalformedEventException(String message) {
		super(message);
	}

}
