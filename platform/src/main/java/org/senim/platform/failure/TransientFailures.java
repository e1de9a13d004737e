package org.senim.platform.failure;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.r2dbc.spi.R2dbcNonTransientException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;

import org.springframework.util.ClassUtils;

/**
 * Tells a transient failure of a service's own infrastructure (its database, its broker,
 * its bounded crypto workers: away for a while, then back) from every other failure. A
 * transient failure is worth retrying until it passes; anything else is a bug or bad data
 * and gets a bounded budget at most.
 *
 * <p>
 * The cause chain is walked from the outside in. The first R2DBC exception in it decides
 * alone, because Spring wraps every driver failure in its own types
 * ({@code DataAccessResourceFailureException} for r2dbc-postgresql's fallback class,
 * whatever the SQLSTATE; {@code CannotCreateTransactionException} for a connection that
 * could not be opened). Without one, a link is transient when it is one of:
 * <ul>
 * <li>Spring's {@code TransientDataAccessException} (but not an optimistic-locking
 * failure, which a retry with the same data repeats) or
 * {@code DataAccessResourceFailureException};</li>
 * <li>Kafka's {@code RetriableException};</li>
 * <li>{@link SocketException} (connection refused or reset),
 * {@link SocketTimeoutException}, {@link UnknownHostException},
 * {@link ClosedChannelException};</li>
 * <li>{@link TimeoutException};</li>
 * <li>{@link RejectedExecutionException} (a bounded worker queue is full);</li>
 * <li>{@link DependencyUnavailableException} (a service it needs is away).</li>
 * </ul>
 * {@code CannotCreateTransactionException} and {@code TransactionSystemException} are
 * transient only through their cause. Any other {@link IOException} (a JSON parser's, for
 * one) is not.
 */
public final class TransientFailures {

	private static final boolean R2DBC_PRESENT = ClassUtils.isPresent("io.r2dbc.spi.R2dbcException",
			TransientFailures.class.getClassLoader());

	private static final List<Class<?>> TRANSIENT_TYPES = Stream.concat(
			Stream.of(SocketException.class, SocketTimeoutException.class, UnknownHostException.class,
					ClosedChannelException.class, TimeoutException.class, RejectedExecutionException.class,
					DependencyUnavailableException.class),
			optional("org.springframework.dao.TransientDataAccessException",
					"org.springframework.dao.DataAccessResourceFailureException",
					"org.apache.kafka.common.errors.RetriableException"))
		.toList();

	// Retrying the same stale version fails the same way for ever.
	private static final List<Class<?>> NEVER_TRANSIENT_TYPES = optional(
			"org.springframework.dao.OptimisticLockingFailureException")
		.toList();

	/**
	 * SQLSTATE classes of PostgreSQL that mean the server, not the statement, is the
	 * problem: connection exception, insufficient resources, operator intervention (such
	 * as {@code 57P01} admin shutdown and {@code 57P03} "the database system is starting
	 * up"), system error.
	 */
	static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "53", "57", "58");

	private TransientFailures() {
	}

	/** Whether the failure, or something in its cause chain, is transient. */
	public static boolean isTransient(Throwable failure) {
		if (R2DBC_PRESENT) {
			Boolean driversVerdict = R2dbc.verdict(failure);
			if (driversVerdict != null) {
				return driversVerdict;
			}
		}
		for (Throwable link = failure; link != null; link = next(link)) {
			if (isInstanceOfAny(link, NEVER_TRANSIENT_TYPES)) {
				return false;
			}
			if (isInstanceOfAny(link, TRANSIENT_TYPES)) {
				return true;
			}
		}
		return false;
	}

	private static Throwable next(Throwable link) {
		Throwable cause = link.getCause();
		return (cause != link) ? cause : null;
	}

	private static boolean isInstanceOfAny(Throwable link, List<Class<?>> types) {
		return types.stream().anyMatch((type) -> type.isInstance(link));
	}

	// Types of optional libraries, by name: a service without the library never meets
	// them.
	private static Stream<Class<?>> optional(String... names) {
		ClassLoader loader = TransientFailures.class.getClassLoader();
		return Arrays.stream(names)
			.filter((name) -> ClassUtils.isPresent(name, loader))
			.map((name) -> ClassUtils.resolveClassName(name, loader));
	}

	/** The driver's own verdict; loaded only where an R2DBC driver is. */
	private static final class R2dbc {

		// Null when no R2DBC exception in the chain gives one.
		static Boolean verdict(Throwable failure) {
			for (Throwable link = failure; link != null; link = next(link)) {
				if (link instanceof R2dbcTransientException || link instanceof R2dbcNonTransientException) {
					return isTransient(link);
				}
			}
			return null;
		}

		private static boolean isTransient(Throwable link) {
			if (link instanceof R2dbcTransientException) {
				return true;
			}
			// r2dbc-postgresql reports a refused or lost connection (no SQLSTATE), and
			// every
			// SQLSTATE it has no class for, as a non-transient resource failure.
			if (link instanceof R2dbcNonTransientResourceException resource) {
				String state = resource.getSqlState();
				return state == null || state.length() < 2
						|| TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, 2));
			}
			return false;
		}

	}

}
