package org.senim.platform.failure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class TransientFailuresTests {

	@Test
	void findsRefusedDatabaseConnectionTransientAsSpringReportsIt() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		PostgresqlConnectionFactory database = new PostgresqlConnectionFactory(
				PostgresqlConnectionConfiguration.builder()
					.host("127.0.0.1")
					.port(closedPort)
					.username("nobody")
					.database("nothing")
					.connectTimeout(Duration.ofSeconds(2))
					.build());
		TransactionalOperator transaction = TransactionalOperator.create(new R2dbcTransactionManager(database));

		Throwable refused = catchThrowable(() -> transaction.transactional(Mono.empty()).block(Duration.ofSeconds(10)));

		// What the referral-service met when PostgreSQL stopped (issue 14).
		assertThat(refused).isInstanceOf(CannotCreateTransactionException.class)
			.hasRootCauseInstanceOf(ConnectException.class)
			.cause()
			.isInstanceOf(R2dbcNonTransientResourceException.class);
		assertThat(TransientFailures.isTransient(refused)).isTrue();
	}

	@Test
	void findsConnectionFailuresOfTheDriverTransient() {
		assertThat(TransientFailures.isTransient(new R2dbcNonTransientResourceException("Connection closed"))).isTrue();
		assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("lost",
				new R2dbcNonTransientResourceException("connection failure", "08006"))))
			.isTrue();
		assertThat(TransientFailures.isTransient(
				new CannotCreateTransactionException("no connection", new R2dbcTimeoutException("acquire timed out"))))
			.isTrue();
		assertThat(TransientFailures
			.isTransient(new TransactionSystemException("commit failed", new R2dbcTransientResourceException("gone"))))
			.isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "08001", "08006", "53300", "57P01", "57P03", "58030" })
	void findsServerSideSqlStatesOfConnectionsAndResourcesTransient(String sqlState) {
		assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("server",
				new R2dbcNonTransientResourceException("server", sqlState))))
			.isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "XX000", "P0001", "55000" })
	void findsOtherSqlStatesTheDriverCallsResourceFailuresNotTransient(String sqlState) {
		assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("statement",
				new R2dbcNonTransientResourceException("statement", sqlState))))
			.isFalse();
	}

	@Test
	void findsSpringsTransientDataAccessFailuresTransient() {
		assertThat(TransientFailures.isTransient(new TransientDataAccessResourceException("down"))).isTrue();
		assertThat(TransientFailures.isTransient(new QueryTimeoutException("slow"))).isTrue();
		assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("down"))).isTrue();
		assertThat(TransientFailures.isTransient(new R2dbcRollbackException("serialization", "40001"))).isTrue();
	}

	@Test
	void findsNetworkTimeoutAndSaturationFailuresTransientAnywhereInTheChain() {
		assertThat(TransientFailures.isTransient(new ConnectException("refused"))).isTrue();
		assertThat(TransientFailures.isTransient(new SocketTimeoutException("read"))).isTrue();
		assertThat(TransientFailures.isTransient(new UnknownHostException("postgres"))).isTrue();
		assertThat(TransientFailures.isTransient(new ClosedChannelException())).isTrue();
		assertThat(TransientFailures.isTransient(new TimeoutException("no answer"))).isTrue();
		assertThat(TransientFailures.isTransient(new RejectedExecutionException("crypto workers full"))).isTrue();
		assertThat(TransientFailures
			.isTransient(new IllegalStateException("wrapped", new RuntimeException(new ConnectException("refused")))))
			.isTrue();
	}

	@Test
	void findsAServiceItNeedsAwayTransientWhateverItAnswered() {
		assertThat(TransientFailures.isTransient(new DependencyUnavailableException("The report-service",
				new IllegalStateException("503 Service Unavailable"))))
			.isTrue();
	}

	@Test
	void findsRetriableKafkaFailuresTransient() {
		assertThat(TransientFailures.isTransient(new org.apache.kafka.common.errors.TimeoutException("metadata")))
			.isTrue();
		assertThat(TransientFailures.isTransient(new IllegalStateException(new NetworkException("broker away"))))
			.isTrue();
		assertThat(TransientFailures.isTransient(new RecordTooLargeException("too large"))).isFalse();
	}

	@Test
	void findsBugsAndBadDataNotTransient() {
		assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
		assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
		assertThat(TransientFailures.isTransient(new IOException("unexpected end of JSON input"))).isFalse();
		assertThat(TransientFailures.isTransient(
				new DuplicateKeyException("seen", new R2dbcDataIntegrityViolationException("duplicate", "23505"))))
			.isFalse();
		assertThat(TransientFailures.isTransient(new OptimisticLockingFailureException("stale version"))).isFalse();
		assertThat(TransientFailures.isTransient(
				new CannotCreateTransactionException("misconfigured", new IllegalArgumentException("bad option"))))
			.isFalse();
	}

	@Test
	void letsTheDriversVerdictDecideOverWhatSpringWrappedAroundIt() {
		assertThat(TransientFailures.isTransient(new TransientDataAccessResourceException("wrapped",
				new R2dbcBadGrammarException("syntax error", "42601"))))
			.isFalse();
	}

}
