package org.senim.report.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

/**
 * Where a feature records an event it has caused. The row joins the caller's R2DBC
 * transaction (there must be one), and the relay is woken once that transaction commits.
 * The CloudEvent is sealed with AES-GCM: events carry descriptions, which are never at
 * rest in plain text.
 */
@Component
public class Outbox {

	private final OutboxRepository repository;

	private final OutboxSignal signal;

	private final CloudEventCodec codec;

	private final FieldCipher cipher;

	private final CryptoWorkers workers;

	Outbox(OutboxRepository repository, OutboxSignal signal, CloudEventCodec codec, FieldCipher cipher,
			CryptoWorkers workers) {
		this.repository = repository;
		this.signal = signal;
		this.codec = codec;
		this.cipher = cipher;
		this.workers = workers;
	}

	/**
	 * Appends the event for {@code topic} with {@code recordKey} to the current
	 * transaction.
	 */
	public Mono<Void> append(String topic, String recordKey, SenimEvent<?> event) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.doOnNext((transaction) -> transaction.registerSynchronization(new WakeRelayAfterCommit()))
			.then(this.workers.run(() -> seal(event)))
			.flatMap((payload) -> this.repository.insert(UUID.randomUUID(), topic, recordKey, event.id(),
					event.type().type(), payload, Instant.now()));
	}

	private byte[] seal(SenimEvent<?> event) {
		return this.cipher.seal(this.codec.encode(event), associatedData(event.id())).toEnvelope();
	}

	/** The CloudEvent bytes of a row's payload. */
	byte[] open(OutboxRecord record) {
		return this.cipher.open(SealedText.fromEnvelope(record.payload()), associatedData(record.eventId()));
	}

	private static byte[] associatedData(String eventId) {
		return ("outbox_event:" + eventId).getBytes(StandardCharsets.UTF_8);
	}

	private final class WakeRelayAfterCommit implements TransactionSynchronization {

		@Override
		public Mono<Void> afterCommit() {
			return Mono.fromRunnable(Outbox.this.signal::wake);
		}

	}

}
