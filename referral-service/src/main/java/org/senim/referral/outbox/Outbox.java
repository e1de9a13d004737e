package org.senim.referral.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

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
 * The CloudEvent is sealed with AES-GCM: offers carry descriptions, which are never at
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
	 * Adds the event to the current transaction, to be sent on the topic with the key.
	 */
	public Mono<Void> append(String topic, String key, SenimEvent<?> event) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.doOnNext((transaction) -> transaction.registerSynchronization(new WakeRelayAfterCommit()))
			.then(this.workers.run(() -> seal(event)))
			.flatMap((payload) -> this.repository.insert(topic, key, event.id(), event.type().type(), payload,
					Instant.now()));
	}

	private byte[] seal(SenimEvent<?> event) {
		return this.cipher.seal(this.codec.encode(event), associatedData(event.id())).toEnvelope();
	}

	/** The CloudEvent bytes of a row's payload. */
	byte[] open(OutboxRow row) {
		return this.cipher.open(SealedText.fromEnvelope(row.payload()), associatedData(row.eventId()));
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
