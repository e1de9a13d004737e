package org.senim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.connection.DelegatingConnectionFactory;

/**
 * Lets a test take the database away from the service alone (other tests share the
 * PostgreSQL server): while {@link #cut() cut}, every connection the service asks for is
 * refused, with what r2dbc-postgresql really reports for a server that does not answer
 * (it connects to a port nobody listens on).
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseSwitch {

	private static final ConnectionFactory REFUSING = refusing();

	private static volatile boolean cut;

	/** Every new connection of the service is refused until {@link #restore()}. */
	public static void cut() {
		cut = true;
	}

	public static void restore() {
		cut = false;
	}

	@Bean
	static BeanPostProcessor databaseSwitchInFrontOfConnectionFactory() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof ConnectionFactory factory && !(bean instanceof Switched))
						? new Switched(factory) : bean;
			}
		};
	}

	private static ConnectionFactory refusing() {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
			.host("127.0.0.1")
			.port(closedPort)
			.username("nobody")
			.connectTimeout(Duration.ofSeconds(2))
			.build());
	}

	private static final class Switched extends DelegatingConnectionFactory implements DisposableBean {

		Switched(ConnectionFactory target) {
			super(target);
		}

		// The pool behind is closed with the context, as it would be without the switch.
		@Override
		public void destroy() {
			if (getTargetConnectionFactory() instanceof Disposable pool) {
				pool.dispose();
			}
		}

		@Override
		public Mono<? extends Connection> create() {
			return Mono.defer(() -> cut ? Mono.from(refused()) : super.create());
		}

		private static Publisher<? extends Connection> refused() {
			return REFUSING.create();
		}

	}

}
