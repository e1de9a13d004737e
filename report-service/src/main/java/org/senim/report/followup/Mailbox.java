package org.senim.report.followup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;
import org.senim.report.datakey.ReportDataKeys;
import org.senim.report.outbox.Outbox;
import org.senim.report.receipt.Receipt;
import org.senim.report.receipt.ReceiptHasher;
import org.senim.report.system.ReportProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The tipster's side of a report, reached with the receipt alone. Every look-up hashes a
 * receipt with Argon2 (a decoy when the typed one is not even 16 digits), so a wrong
 * receipt costs as much and answers as slowly as a right one. A tipster's message is
 * stored sealed and, in the same transaction, put in the outbox as a
 * {@code tipster.message} for the case workers (docs/conversation.md). Its crypto runs on
 * the follow-ups' own workers ({@link FollowUpConfiguration}), never on tip intake's.
 */
@Component
class Mailbox {

	static final String TIPSTER = "TIPSTER";

	static final String CASEWORKER = "CASEWORKER";

	private static final String RECEIVED = "RECEIVED";

	private static final Receipt DECOY = new Receipt("0000000000000000");

	private final ReceiptHasher hasher;

	private final ReceiptAttempts attempts;

	private final FieldCipher cipher;

	private final CryptoWorkers workers;

	private final MailboxStore store;

	private final Outbox outbox;

	private final ReportDataKeys dataKeys;

	private final TransactionalOperator transactions;

	private final ReportProperties properties;

	private final Clock clock;

	Mailbox(ReceiptHasher hasher, FieldCipher cipher, @Qualifier(FollowUpConfiguration.WORKERS) CryptoWorkers workers,
			MailboxStore store, ReceiptAttempts attempts, Outbox outbox, ReportDataKeys dataKeys,
			ReactiveTransactionManager transactionManager, ReportProperties properties, Clock clock) {
		this.attempts = attempts;
		this.hasher = hasher;
		this.cipher = cipher;
		this.workers = workers;
		this.store = store;
		this.outbox = outbox;
		this.dataKeys = dataKeys;
		this.transactions = TransactionalOperator.create(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	Mono<FollowUp> followUp(String typedReceipt) {
		return locate(typedReceipt).flatMap((report) -> Mono.zip(history(report), messages(report))
			.map((parts) -> new FollowUp(report.id(), report.status(), parts.getT1(), parts.getT2())));
	}

	// RECEIVED when stored, then every change the referral hub reported, oldest first
	private Mono<List<FollowUp.HistoryEntry>> history(MailboxStore.ReportRef report) {
		return Flux
			.concat(Mono.just(new FollowUp.HistoryEntry(RECEIVED, report.createdAt())),
					this.store.historyOf(report.id()))
			.collectList();
	}

	private Mono<List<FollowUp.MailboxMessage>> messages(MailboxStore.ReportRef report) {
		return this.store.messagesOf(report.id())
			.collectList()
			.flatMap((sealed) -> this.workers.run(() -> sealed.stream().map(this::open).toList()));
	}

	Mono<FollowUp.MessagePosted> post(String typedReceipt, String text) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		return locate(
				typedReceipt)
			.flatMap((report) -> this.dataKeys.find(report.id())
				.switchIfEmpty(Mono.error(UnknownReceiptException::new))
				.flatMap((key) -> this.workers
					.run(() -> new Sealed(this.cipher.seal(text.getBytes(StandardCharsets.UTF_8), context(id)),
							this.dataKeys.seal(report.id(), key, EventType.TIPSTER_MESSAGE, "text", text))))
				.flatMap((sealed) -> this.store.insert(id, report.id(), TIPSTER, sealed.atRest(), now)
					.then(this.outbox.append(Topics.REPORTS_MESSAGES, report.id().toString(),
							sent(new TipsterMessageSent(id, report.id(), sealed.inEvent(), now))))
					.as(this.transactions::transactional)))
			.thenReturn(new FollowUp.MessagePosted(id, now));
	}

	/**
	 * A message sealed twice: under the service key for its row, under the data key for
	 * its event.
	 */
	private record Sealed(SealedText atRest, EncryptedText inEvent) {

	}

	private SenimEvent<TipsterMessageSent> sent(TipsterMessageSent message) {
		return new SenimEvent<>(UUID.randomUUID().toString(), EventType.TIPSTER_MESSAGE, this.properties.source(),
				message.reportId().toString(), message.sentAt(), message);
	}

	private Mono<MailboxStore.ReportRef> locate(String typedReceipt) {
		Optional<Receipt> receipt = Receipt.parse(typedReceipt);
		// Counted before the slow hash, so a hammered receipt costs no Argon2 work.
		return Mono.fromRunnable(() -> this.attempts.take(typedReceipt))
			.then(this.workers.run(() -> this.hasher.hash(receipt.orElse(DECOY)))
				.filter((hash) -> receipt.isPresent())
				.flatMap(this.store::findByReceiptHash)
				.switchIfEmpty(Mono.error(UnknownReceiptException::new)));
	}

	private FollowUp.MailboxMessage open(MailboxStore.SealedMessage message) {
		String text = new String(this.cipher.open(message.text(), context(message.id())), StandardCharsets.UTF_8);
		return new FollowUp.MailboxMessage(message.id(), message.author(), text, message.at());
	}

	/** The associated data binding a sealed message to its row. */
	static byte[] context(UUID messageId) {
		return ("report_message:" + messageId).getBytes(StandardCharsets.UTF_8);
	}

}
