package org.senim.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Waits until a started component answers like a ready one. */
final class Readiness {

	enum Kind {

		/** An AdminClient can describe the cluster. */
		KAFKA,
		/** {@code GET /.well-known/openid-configuration} answers 200. */
		OPENID_CONFIGURATION,
		/** {@code GET /actuator/health/readiness} answers 200. */
		SPRING_READINESS

	}

	private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * Waits until the component is ready.
	 * @param component the component
	 * @param process its process; if it exits, waiting ends at once
	 * @param timeout how long to wait
	 * @throws NotReadyException if it exits or is not ready in time
	 */
	void await(Component component, ProcessHandle process, Duration timeout) throws NotReadyException {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			if (!process.isAlive()) {
				throw new NotReadyException(component, "exited before it was ready");
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new NotReadyException(component, "was not awaited to the end (interrupted)");
			}
			if (isReady(component)) {
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new NotReadyException(component, "was not ready within " + timeout.toSeconds() + " s");
			}
			pause();
		}
	}

	boolean isReady(Component component) {
		return switch (component.readiness()) {
			case KAFKA -> kafkaAnswers(component);
			case OPENID_CONFIGURATION -> answersOk(component, "/.well-known/openid-configuration");
			case SPRING_READINESS -> answersOk(component, "/actuator/health/readiness");
		};
	}

	private boolean answersOk(Component component, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(component.address() + path))
			.timeout(Duration.ofSeconds(3))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean kafkaAnswers(Component component) {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, component.address(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000, AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
		try (Admin admin = Admin.create(config)) {
			return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
				.nodes()
				.get(4, TimeUnit.SECONDS)
				.isEmpty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A component that did not become ready. */
	static final class NotReadyException extends Exception {

		private final Component component;

		NotReadyException(Component component, String reason) {
			super(component.id() + " " + reason);
			this.component = component;
		}

		Component component() {
			return this.component;
		}

	}

}
