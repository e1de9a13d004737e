package org.senim.referral.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.ReferralMessageReceived;
import org.senim.contracts.events.TipsterMessageSent;
import org.senim.referral.audit.Actor;
import org.senim.referral.audit.AuditAction;
import org.senim.referral.audit.AuditTrail;
import org.senim.referral.audit.AuditTrail.ObjectType;
import org.senim.referral.datakey.ReportKeys;
import org.senim.referral.escalation.Escalations;
import org.senim.referral.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A tip's conversation with its tipster (docs/conversation.md). It reaches the
 * organization that accepted the tip or, until one accepts, every organization holding an
 * open offer: those are the recipients of a tipster's message (one
 * {@code referral.message-received} each, through the outbox, the text sealed under the
 * report's data key) and the only ones who may read the thread.
 */
@Component
class Conversation {

	private static final Logger log = LoggerFactory.getLogger(Conversation.class);

	private static final Set<ReferralStatus> HANDLING = EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.CLOSED);

	private final ReferralRepository referrals;

	private final ConversationRepository messages;

	private final Escalations escalations;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final TransactionalOperator transaction;

	private final ReferralProperties properties;

	private final Clock clock;

	private final ReportKeys keys;

	Conversation(ReferralRepository referrals, ConversationRepository messages, Escalations escalations, Outbox outbox,
			AuditTrail audit, TransactionalOperator transaction, ReferralProperties properties, Clock clock,
			ReportKeys keys) {
		this.referrals = referrals;
		this.keys = keys;
		this.messages = messages;
		this.escalations = escalations;
		this.outbox = outbox;
		this.audit = audit;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The referrals of a report that get its conversation: the one accepted (or closed
	 * after acceptance), else every one still offered.
	 */
	static List<Referral> recipients(List<Referral> ofReport) {
		List<Referral> handling = ofReport.stream().filter((referral) -> HANDLING.contains(referral.status())).toList();
		if (!handling.isEmpty()) {
			return handling;
		}
		return ofReport.stream().filter((referral) -> referral.status() == ReferralStatus.OFFERED).toList();
	}

	/**
	 * Adds a tipster's message to the thread and forwards it to the recipients, once: the
	 * event id is recorded in the same transaction. {@code text} is the message opened
	 * with the report's data key. A message of a tip not routed yet is kept for the
	 * organizations it will be offered to; one of a tip already forgotten (expired) is
	 * dropped.
	 */
	Mono<Void> tipsterWrote(SenimEvent<TipsterMessageSent> event, String text) {
		TipsterMessageSent sent = event.data();
		Mono<Void> effect = this.referrals.markProcessed(event.id(), this.clock.instant())
			.then(this.referrals.findCase(sent.reportId()).hasElement())
			.flatMap((routed) -> routed ? storeAndForward(sent, text) : storeIfNotForgotten(sent, text));
		return this.transaction.transactional(effect).onErrorResume(DuplicateKeyException.class, (duplicate) -> {
			log.info("Event {} (message {}) was already handled; skipped", event.id(), sent.messageId());
			return Mono.empty();
		});
	}

	// Under the case's lock, so an acceptance is either before (only its organization
	// gets the message) or after (every open offer got it).
	private Mono<Void> storeAndForward(TipsterMessageSent sent, String text) {
		return this.referrals.lockCase(sent.reportId())
			.then(this.messages.insert(fromTipster(sent, text), sent.reportId(), null))
			.thenMany(this.referrals.findByReport(sent.reportId())
				.collectList()
				.flatMapIterable(Conversation::recipients))
			.concatMap((recipient) -> forward(sent, text, recipient))
			.then(Mono.fromRunnable(() -> log.info("Message {} of report {} added to its conversation",
					sent.messageId(), sent.reportId())));
	}

	private Mono<Void> storeIfNotForgotten(TipsterMessageSent sent, String text) {
		return this.escalations.decided(sent.reportId()).flatMap((forgotten) -> {
			if (forgotten) {
				log.debug("Message {} dropped: report {} has expired", sent.messageId(), sent.reportId());
				return Mono.empty();
			}
			log.info("Message {} kept for report {}, not routed yet", sent.messageId(), sent.reportId());
			return this.messages.insert(fromTipster(sent, text), sent.reportId(), null);
		});
	}

	// The text was just opened with the report's key, so the key is there to seal it.
	private Mono<Void> forward(TipsterMessageSent sent, String text, Referral recipient) {
		return this.keys
			.sealOrFail(sent.reportId(), recipient.id(), EventType.REFERRAL_MESSAGE_RECEIVED, "text", text,
					() -> new IllegalStateException("Report " + sent.reportId() + " expired while a message arrived"))
			.map((sealed) -> new ReferralMessageReceived(sent.messageId(), recipient.id(), sent.reportId(),
					recipient.city(), recipient.organizationId(), sealed, sent.sentAt()))
			.map((data) -> SenimEvent.of(EventType.REFERRAL_MESSAGE_RECEIVED, this.properties.source(),
					recipient.id().toString(), data))
			.flatMap((event) -> this.outbox.append(Topics.referralsOf(recipient.city()), recipient.id().toString(),
					event));
	}

	/** Adds a case worker's message to the thread; joins the caller's transaction. */
	Mono<Void> caseworkerWrote(Referral through, UUID messageId, String text, Instant sentAt) {
		return this.messages.insert(
				new ConversationMessage(messageId, ConversationMessage.Author.CASEWORKER, text, sentAt),
				through.reportId(), through.id());
	}

	/**
	 * The whole thread of the referral's tip, oldest first, audited as a view. Another
	 * organization's referral is not found; one of the caller's that no longer gets the
	 * conversation (declined, withdrawn, re-routed) is a conflict.
	 */
	Mono<List<ConversationMessage>> thread(UUID id, Caller caller, Actor actor) {
		Mono<List<ConversationMessage>> thread = this.referrals.findById(id)
			.filter((referral) -> caller.organizationId().equals(referral.organizationId()))
			.switchIfEmpty(Mono.error(() -> new ReferralNotFoundException(id)))
			.flatMap((referral) -> this.referrals.findByReport(referral.reportId())
				.collectList()
				.flatMap((all) -> recipients(all).stream().anyMatch((r) -> r.id().equals(id)) ? Mono.just(referral)
						: Mono.error(new ReferralConflictException(id, referral.status()))))
			.flatMap((referral) -> this.audit
				.record(actor, AuditAction.VIEWED, ObjectType.REFERRAL, id, this.clock.instant())
				.then(this.messages.findByReport(referral.reportId())));
		return this.transaction.transactional(thread);
	}

	private static ConversationMessage fromTipster(TipsterMessageSent sent, String text) {
		return new ConversationMessage(sent.messageId(), ConversationMessage.Author.TIPSTER, text, sent.sentAt());
	}

}
