package org.senim.referral.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.cloudevents.MalformedEventException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

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

	private final DeadLetterPublishingRecoverer recoverer = mock(DeadLetterPublishingRecoverer.class);

	private final DeadLetterPolicy policy = new DeadLetterPolicy(this.recoverer,
			new KafkaSettings((short) 1, 3, 3, Duration.ofMillis(1), Duration.ofMillis(5)));

	@Test
	void sendsUnreadableRecordToDeadLetterTopicWithoutRetrying() {
		AtomicInteger attempts = new AtomicInteger();

		StepVerifier.create(this.policy.guard(RECORD, failing(attempts, new MalformedEventException("bad"))))
			.verifyComplete();

		assertThat(attempts).hasValue(1);
		verify(this.recoverer).accept(eq(RECORD), isA(MalformedEventException.class));
	}

	@Test
	void sendsRecordToDeadLetterTopicAfterBoundedRetries() {
		AtomicInteger attempts = new AtomicInteger();

		StepVerifier
			.create(this.policy.guard(RECORD, failing(attempts, new TransientDataAccessResourceException("down"))))
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(4);
		verify(this.recoverer).accept(eq(RECORD), isA(TransientDataAccessResourceException.class));
	}

	@Test
	void keepsRecordOutOfDeadLetterTopicWhenRetrySucceeds() {
		AtomicInteger attempts = new AtomicInteger();
		Mono<Void> failsOnce = Mono.defer(() -> (attempts.incrementAndGet() == 1)
				? Mono.error(new TransientDataAccessResourceException("blip")) : Mono.empty());

		StepVerifier.create(this.policy.guard(RECORD, failsOnce)).expectComplete().verify(Duration.ofSeconds(5));

		assertThat(attempts).hasValue(2);
		verify(this.recoverer, never()).accept(any(), any());
	}

	private static Mono<Void> failing(AtomicInteger attempts, RuntimeException failure) {
		return Mono.defer(() -> {
			attempts.incrementAndGet();
			return Mono.error(failure);
		});
	}

}
