package org.senim.platform.kafka;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.cloudevents.MalformedEventException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class DeadLetterPolicyTests {

	private static final ConsumerRecord<String, byte[]> RECORD = new ConsumerRecord<>("reports.submitted", 1, 42L,
			"key", new byte[] { 1 });

	private static final int RETRIES = 3;

	private final DeadLetterPublishingRecoverer recoverer = mock(DeadLetterPublishingRecoverer.class);

	private final DeadLetterPolicy policy = new DeadLetterPolicy(this.recoverer,
			new KafkaRetryProperties(RETRIES, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10)));

	@Test
	void sendsUnreadableRecordToDeadLetterTopicWithoutRetrying() {
		AtomicInteger attempts = new AtomicInteger();

		StepVerifier.create(this.policy.guard(RECORD, failing(attempts, new MalformedEventException("bad"))))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(1);
		verify(this.recoverer).accept(eq(RECORD), isA(MalformedEventException.class));
	}

	@Test
	void sendsRecordWithUnreadablePartToDeadLetterTopicWithoutRetryingWhateverWrapsIt() {
		AtomicInteger attempts = new AtomicInteger();
		RuntimeException wrapped = new IllegalStateException("handling failed",
				new MalformedEventException("bad", new CannotCreateTransactionException("also down")));

		StepVerifier.create(this.policy.guard(RECORD, failing(attempts, wrapped)))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(1);
		verify(this.recoverer).accept(eq(RECORD), isA(IllegalStateException.class));
	}

	@Test
	void retriesTransientFailurePastTheBoundedBudgetAndNeverDeadLettersIt() {
		AtomicInteger attempts = new AtomicInteger();
		int outage = RETRIES * 5;
		Mono<Void> databaseBackAfterOutage = Mono
			.defer(() -> (attempts.incrementAndGet() <= outage) ? Mono.error(databaseDown()) : Mono.empty());

		StepVerifier.create(this.policy.guard(RECORD, databaseBackAfterOutage))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(outage + 1);
		verify(this.recoverer, never()).accept(any(), any());
	}

	@Test
	void holdsTheRecordWhileTheTransientFailureLasts() {
		AtomicInteger attempts = new AtomicInteger();

		StepVerifier.create(this.policy.guard(RECORD, failing(attempts, databaseDown())))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(300))
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValueGreaterThan(RETRIES + 1);
		verify(this.recoverer, never()).accept(any(), any());
	}

	@Test
	void sendsRecordToDeadLetterTopicAfterBoundedRetries() {
		AtomicInteger attempts = new AtomicInteger();

		StepVerifier.create(this.policy.guard(RECORD, failing(attempts, new IllegalStateException("bug"))))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(RETRIES + 1);
		verify(this.recoverer).accept(eq(RECORD), isA(IllegalStateException.class));
	}

	@Test
	void keepsTheBoundedBudgetOfOtherFailuresApartFromAnOutage() {
		AtomicInteger attempts = new AtomicInteger();
		int outage = RETRIES * 2;
		Mono<Void> outageThenBug = Mono.defer(() -> Mono
			.error((attempts.incrementAndGet() <= outage) ? databaseDown() : new IllegalStateException("bug")));

		StepVerifier.create(this.policy.guard(RECORD, outageThenBug)).expectComplete().verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(outage + RETRIES + 1);
		verify(this.recoverer).accept(eq(RECORD), isA(IllegalStateException.class));
	}

	@Test
	void keepsRecordOutOfDeadLetterTopicWhenRetrySucceeds() {
		AtomicInteger attempts = new AtomicInteger();
		Mono<Void> failsOnce = Mono.defer(
				() -> (attempts.incrementAndGet() == 1) ? Mono.error(new IllegalStateException("blip")) : Mono.empty());

		StepVerifier.create(this.policy.guard(RECORD, failsOnce)).expectComplete().verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(2);
		verify(this.recoverer, never()).accept(any(), any());
	}

	// What R2dbcTransactionManager reports when PostgreSQL refuses connections.
	private static RuntimeException databaseDown() {
		return new CannotCreateTransactionException("Could not open R2DBC Connection for transaction",
				new R2dbcNonTransientResourceException("Cannot connect to localhost/127.0.0.1:5432"));
	}

	private static Mono<Void> failing(AtomicInteger attempts, RuntimeException failure) {
		return Mono.defer(() -> {
			attempts.incrementAndGet();
			return Mono.error(failure);
		});
	}

}
