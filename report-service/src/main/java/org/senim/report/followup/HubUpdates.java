package org.senim.report.followup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.MalformedEventException;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.CaseworkerMessageSent;
import org.senim.contracts.events.TipStatusChanged;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealBrokenException;
import org.senim.platform.crypto.SealedText;
import org.senim.report.datakey.ReportDataKeys;
import org.senim.report.system.ProcessedEvents;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Applies what the referral hub tells a tipster: status changes go to the report and its
 * history, case worker messages (opened with the report's data key) into the mailbox,
 * sealed under the service key; text that does not open goes to the DLT. Each event takes
 * effect once: its id is recorded in {@code processed_event} in the transaction of its
 * effect. A report that no longer exists (expired) is skipped.
 */
@Component
class HubUpdates {

	private static final Log log = LogFactory.getLog(HubUpdates.class);

	private final MailboxStore store;

	private final ProcessedEvents processed;

	private final FieldCipher cipher;

	private final CryptoWorkers workers;

	private final TransactionalOperator transactions;

	private final ReportDataKeys keys;

	HubUpdates(MailboxStore store, ProcessedEvents processed, FieldCipher cipher, CryptoWorkers workers,
			ReactiveTransactionManager transactionManager, ReportDataKeys keys) {
		this.store = store;
		this.keys = keys;
		this.processed = processed;
		this.cipher = cipher;
		this.workers = workers;
		this.transactions = TransactionalOperator.create(transactionManager);
	}

	Mono<Void> apply(SenimEvent<?> event) {
		if (event.id().length() > ProcessedEvents.MAX_EVENT_ID) {
			return Mono.error(new MalformedEventException("Event id longer than " + ProcessedEvents.MAX_EVENT_ID));
		}
		if (event.data() instanceof TipStatusChanged change) {
			return statusChanged(event.id(), requireComplete(change));
		}
		if (event.data() instanceof CaseworkerMessageSent message) {
			return messageSent(event.id(), requireComplete(message));
		}
		log.debug("Ignored event " + event.id() + " of type " + event.type().type() + ": not for the mailbox");
		return Mono.empty();
	}

	private Mono<Void> statusChanged(String eventId, TipStatusChanged change) {
		String status = change.status().name();
		Instant closedAt = (change.status() == TipStatusChanged.TipStatus.CLOSED) ? change.changedAt() : null;
		Mono<Boolean> effect = this.store.changeStatus(change.reportId(), status, closedAt)
			.flatMap((exists) -> exists
					? this.store.appendHistory(change.reportId(), status, change.changedAt()).thenReturn(true)
					: Mono.just(false));
		return once(eventId, change.reportId(), effect);
	}

	// The text comes under the report's data key and goes into the mailbox under the
	// service key; without a data key the report expired, like an unknown report.
	private Mono<Void> messageSent(String eventId, CaseworkerMessageSent message) {
		Mono<Boolean> effect = this.keys
			.open(message.reportId(), message.reportId(), EventType.CASEWORKER_MESSAGE, "text", message.text())
			.onErrorMap(SealBrokenException.class,
					(ex) -> new MalformedEventException("Event " + eventId + " holds text that does not open"))
			.map((text) -> requireText(eventId, text))
			.flatMap((text) -> this.workers.run(() -> this.cipher.seal(text.getBytes(StandardCharsets.UTF_8),
					Mailbox.context(message.messageId()))))
			.flatMap((sealed) -> store(message, sealed))
			.defaultIfEmpty(false);
		return once(eventId, message.reportId(), effect);
	}

	private static String requireText(String eventId, String text) {
		if (text.isBlank()) {
			throw new MalformedEventException("Event " + eventId + " holds a blank case worker message");
		}
		return text;
	}

	private Mono<Boolean> store(CaseworkerMessageSent message, SealedText sealed) {
		return this.store.insertIfReportExists(message.messageId(), message.reportId(), Mailbox.CASEWORKER, sealed,
				message.sentAt());
	}

	/** Runs the effect unless the event was handled before, recording it in one go. */
	private Mono<Void> once(String eventId, UUID reportId, Mono<Boolean> effect) {
		return this.processed.isNew(eventId)
			.filter(Boolean::booleanValue)
			.flatMap((isNew) -> effect)
			.doOnNext((applied) -> {
				if (!applied) {
					log.debug("Skipped event " + eventId + ": report " + reportId + " is unknown (perhaps expired)");
				}
			})
			.flatMap((applied) -> this.processed.record(eventId, Instant.now()))
			.as(this.transactions::transactional);
	}

	private static TipStatusChanged requireComplete(TipStatusChanged change) {
		if (change.reportId() == null || change.status() == null || change.changedAt() == null) {
			throw new MalformedEventException("TipStatusChanged without reportId, status or changedAt");
		}
		return change;
	}

	private static CaseworkerMessageSent requireComplete(CaseworkerMessageSent message) {
		if (message.messageId() == null || message.reportId() == null || message.sentAt() == null
				|| message.text() == null) {
			throw new MalformedEventException("CaseworkerMessageSent without messageId, reportId, text or sentAt");
		}
		return message;
	}

}
