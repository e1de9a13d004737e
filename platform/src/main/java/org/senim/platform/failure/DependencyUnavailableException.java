package org.senim.platform.failure;

/**
 * Another system the service cannot do its work without (another Senim service, the
 * issuer) is away or refusing for a while. Transient ({@link TransientFailures}): a
 * record that needs it waits instead of going to its DLT.
 */
public class DependencyUnavailableException extends RuntimeException {

	public DependencyUnavailableException(String dependency, Throwable cause) {
		super(dependency + " is unavailable", cause);
	}

}
