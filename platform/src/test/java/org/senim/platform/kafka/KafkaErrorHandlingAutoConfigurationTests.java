package org.senim.platform.kafka;

import java.util.List;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.MalformedEventException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

class KafkaErrorHandlingAutoConfigurationTests {

	private static final ConsumerRecord<String, byte[]> RECORD = new ConsumerRecord<>("reports.submitted", 0, 7L, "key",
			new byte[] { 1 });

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, ValidationAutoConfiguration.class,
				KafkaErrorHandlingAutoConfiguration.class));

	@Test
	void providesOnePolicyWithTheDefaultsOfBothServices() {
		this.contexts.run((context) -> {
			assertThat(context).hasSingleBean(DeadLetterPolicy.class)
				.hasSingleBean(DefaultErrorHandler.class)
				.hasSingleBean(DeadLetterPublishingRecoverer.class)
				.hasSingleBean(CloudEventCodec.class);
			KafkaRetryProperties properties = context.getBean(KafkaRetryProperties.class);
			assertThat(properties.retries()).isEqualTo(3);
			assertThat(properties.retryBackoff()).hasSeconds(1);
			assertThat(properties.retryBackoffMax()).hasSeconds(10);
			assertThat(properties.transientBackoffMax()).hasSeconds(30);
		});
	}

	@Test
	void bindsTheSettingsUnderSenimKafka() {
		this.contexts
			.withPropertyValues("senim.kafka.retries=1", "senim.kafka.retry-backoff=100ms",
					"senim.kafka.retry-backoff-max=200ms", "senim.kafka.transient-backoff-max=2s",
					// a service's own key under the same prefix stays its own
					"senim.kafka.partitions=3")
			.run((context) -> {
				KafkaRetryProperties properties = context.getBean(KafkaRetryProperties.class);
				assertThat(properties.retries()).isEqualTo(1);
				assertThat(properties.retryBackoff()).hasMillis(100);
				assertThat(properties.transientBackoffMax()).hasSeconds(2);
			});
	}

	@Test
	void refusesToStartWithInvalidSettings() {
		this.contexts.withPropertyValues("senim.kafka.retries=-1").run((context) -> assertThat(context).hasFailed());
		this.contexts.withPropertyValues("senim.kafka.retry-backoff=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void containerRetriesTransientFailurePastTheBoundedBudgetWithoutDeadLettering() {
		tinyBackOffs().run((context) -> {
			DefaultErrorHandler handler = context.getBean(DefaultErrorHandler.class);
			DeadLetterPublishingRecoverer recoverer = context.getBean(DeadLetterPublishingRecoverer.class);
			RuntimeException databaseDown = failed(new CannotCreateTransactionException("no connection",
					new R2dbcNonTransientResourceException("Cannot connect to localhost/127.0.0.1:5432")));

			for (int delivery = 0; delivery < 20; delivery++) {
				assertThat(redeliveryAfter(handler, databaseDown)).isTrue();
			}
			assertThat(mockingDetails(recoverer).getInvocations()).isEmpty();
		});
	}

	@Test
	void containerDeadLettersOtherFailuresAfterBoundedRetries() {
		tinyBackOffs().run((context) -> {
			DefaultErrorHandler handler = context.getBean(DefaultErrorHandler.class);
			DeadLetterPublishingRecoverer recoverer = context.getBean(DeadLetterPublishingRecoverer.class);
			RuntimeException bug = failed(new IllegalStateException("bug"));

			for (int retry = 0; retry < 2; retry++) {
				assertThat(redeliveryAfter(handler, bug)).isTrue();
			}
			assertThat(redeliveryAfter(handler, bug)).isFalse();
			assertThat(mockingDetails(recoverer).getInvocations()).hasSize(1);
		});
	}

	@Test
	void containerDeadLettersUnreadableRecordAtOnce() {
		tinyBackOffs().run((context) -> {
			DefaultErrorHandler handler = context.getBean(DefaultErrorHandler.class);
			DeadLetterPublishingRecoverer recoverer = context.getBean(DeadLetterPublishingRecoverer.class);

			assertThat(redeliveryAfter(handler, failed(new MalformedEventException("bad")))).isFalse();
			assertThat(mockingDetails(recoverer).getInvocations()).hasSize(1);
		});
	}

	private ApplicationContextRunner tinyBackOffs() {
		return this.contexts
			.withPropertyValues("senim.kafka.retries=2", "senim.kafka.retry-backoff=1ms",
					"senim.kafka.retry-backoff-max=2ms", "senim.kafka.transient-backoff-max=4ms")
			.withBean(DeadLetterPublishingRecoverer.class, () -> mock(DeadLetterPublishingRecoverer.class));
	}

	private static RuntimeException failed(Throwable cause) {
		return new ListenerExecutionFailedException("Listener failed", cause);
	}

	// Whether the container would seek back to deliver the record again.
	@SuppressWarnings("unchecked")
	private static boolean redeliveryAfter(DefaultErrorHandler handler, RuntimeException failure) {
		MessageListenerContainer container = mock(MessageListenerContainer.class);
		given(container.isRunning()).willReturn(true);
		Throwable thrown = catchThrowable(
				() -> handler.handleRemaining(failure, List.of(RECORD), mock(Consumer.class), container));
		return thrown != null;
	}

}
