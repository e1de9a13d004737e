package org.senim.report.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.DataKey;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;
import org.senim.report.city.City;
import org.senim.report.city.CityResolver;
import org.senim.report.datakey.ReportDataKeys;
import org.senim.report.idempotency.Fingerprint;
import org.senim.report.idempotency.Idempotency;
import org.senim.report.idempotency.IdempotencyConflictException;
import org.senim.report.outbox.Outbox;
import org.senim.report.receipt.Receipt;
import org.senim.report.receipt.ReceiptHasher;
import org.senim.report.receipt.ReceiptIssuer;
import org.senim.report.system.ReportProperties;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Accepts a validated tip: answers a retried Idempotency-Key with its first result;
 * otherwise resolves the city, seals the description, makes the report's data key and
 * hashes a fresh receipt (off the event loop), then stores the report, its data key, its
 * idempotency entry and its {@code report.submitted} outbox row in one transaction. Once
 * this completes, the tip cannot be lost.
 */
@Component
class TipIntake {

	// a unique violation means a receipt hash collision or a concurrent retry of the same
	// key: either way, trying again (looking the key up first) gives the right answer
	private static final Retry ON_UNIQUE_VIOLATION = Retry.max(2)
		.filter(DataIntegrityViolationException.class::isInstance);

	private final CityResolver cities;

	private final ReceiptIssuer receipts;

	private final ReceiptHasher hasher;

	private final FieldCipher cipher;

	private final CryptoWorkers workers;

	private final ReportStore reports;

	private final Idempotency idempotency;

	private final Outbox outbox;

	private final ReportDataKeys dataKeys;

	private final TransactionalOperator transactions;

	private final ReportProperties properties;

	TipIntake(CityResolver cities, ReceiptIssuer receipts, ReceiptHasher hasher, FieldCipher cipher,
			CryptoWorkers workers, ReportStore reports, Idempotency idempotency, Outbox outbox, ReportDataKeys dataKeys,
			ReactiveTransactionManager transactionManager, ReportProperties properties) {
		this.cities = cities;
		this.receipts = receipts;
		this.hasher = hasher;
		this.cipher = cipher;
		this.workers = workers;
		this.reports = reports;
		this.idempotency = idempotency;
		this.outbox = outbox;
		this.dataKeys = dataKeys;
		this.transactions = TransactionalOperator.create(transactionManager);
		this.properties = properties;
	}

	/**
	 * @param operatorEntered whether a hotline operator files the tip for a caller
	 */
	Mono<TipAccepted> submit(TipForm form, Optional<IdempotentRequest> request, boolean operatorEntered) {
		if (request.isEmpty()) {
			return Mono.defer(() -> resolveAndStore(form, Optional.empty(), operatorEntered))
				.retryWhen(ON_UNIQUE_VIOLATION);
		}
		return this.workers.run(() -> this.idempotency.fingerprint(request.get().key(), request.get().body()))
			.flatMap((fingerprint) -> Mono.defer(() -> firstAnswerOrStore(form, fingerprint, operatorEntered))
				.retryWhen(ON_UNIQUE_VIOLATION));
	}

	private Mono<TipAccepted> firstAnswerOrStore(TipForm form, Fingerprint fingerprint, boolean operatorEntered) {
		return this.idempotency.find(fingerprint)
			.flatMap(this::replay)
			.switchIfEmpty(Mono.defer(() -> resolveAndStore(form, Optional.of(fingerprint), operatorEntered)));
	}

	private Mono<TipAccepted> replay(Idempotency.Previous previous) {
		if (!previous.isSameRequest()) {
			return Mono.error(new IdempotencyConflictException());
		}
		return this.workers.run(previous::openReceipt)
			.map((receipt) -> new TipAccepted(previous.reportId(), receipt.digits(), ReportStatus.RECEIVED.name()));
	}

	private Mono<TipAccepted> resolveAndStore(TipForm form, Optional<Fingerprint> fingerprint,
			boolean operatorEntered) {
		return this.cities.resolve(form.city())
			.flatMap((city) -> this.workers.run(() -> prepare(form, city, fingerprint, operatorEntered)))
			.flatMap((tip) -> store(tip).thenReturn(tip.accepted()));
	}

	private PreparedTip prepare(TipForm form, City city, Optional<Fingerprint> fingerprint, boolean operatorEntered) {
		UUID reportId = UUID.randomUUID();
		Instant now = Instant.now();
		Receipt receipt = this.receipts.issue();
		byte[] receiptHash = this.hasher.hash(receipt);
		var description = this.cipher.seal(form.description().getBytes(StandardCharsets.UTF_8),
				ReportStore.descriptionContext(reportId));
		// the report's own data key, for its text in events; shredded when it expires
		DataKey key = DataKey.generate();
		SealedText dataKey = this.dataKeys.newSealedKey(reportId, key);
		EncryptedText sealedDescription = this.dataKeys.seal(reportId, key, EventType.REPORT_SUBMITTED, "description",
				form.description());
		Optional<PreparedTip.Idempotent> idempotent = fingerprint
			.map((print) -> new PreparedTip.Idempotent(print, this.idempotency.sealReceipt(print, receipt)));
		return new PreparedTip(reportId, city.slug(), form, description, dataKey, receipt, receiptHash, now,
				operatorEntered, submitted(reportId, city.slug(), form, sealedDescription, now, operatorEntered),
				idempotent);
	}

	private SenimEvent<ReportSubmitted> submitted(UUID reportId, String city, TipForm form, EncryptedText description,
			Instant now, boolean operatorEntered) {
		ReportSubmitted data = new ReportSubmitted(reportId, city, form.exploitationTypes(), description,
				form.industry(), form.controlMethods(), form.recruitment(), form.venueType(), form.victimCount(),
				form.minorsInvolved(), form.immediateDanger(), form.victimNationality(), form.language(),
				form.reporterRole(), form.consentToPolice(), operatorEntered, now);
		return new SenimEvent<>(UUID.randomUUID().toString(), EventType.REPORT_SUBMITTED, this.properties.source(),
				reportId.toString(), now, data);
	}

	private Mono<Void> store(PreparedTip tip) {
		Mono<Void> rememberKey = tip.idempotent()
			.map((entry) -> this.idempotency.remember(entry.fingerprint(), tip.reportId(), entry.sealedReceipt(),
					tip.createdAt()))
			.orElseGet(Mono::empty);
		return this.reports.insert(tip)
			.then(this.dataKeys.insert(tip.reportId(), tip.dataKey(), tip.createdAt()))
			.then(rememberKey)
			.then(this.outbox.append(Topics.REPORTS_SUBMITTED, tip.reportId().toString(), tip.event()))
			.as(this.transactions::transactional);
	}

}
