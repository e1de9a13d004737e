package org.senim.referral.offer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;
import org.senim.referral.routing.RoutingCase;
import org.senim.referral.system.CodeColumns;
import org.senim.referral.system.PageRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/** SQL of the {@code referral} and {@code processed_event} tables. */
@Repository
class ReferralRepository {

	private static final String COLUMNS = """
			id, report_id, city, organization_id, service_id, priority, triage_reasons, exploitation_types,
			minors_involved, immediate_danger, summary, description_key_id, description_nonce, description_ciphertext,
			status, offered_at, respond_by, industry, control_methods, recruitment, venue_type, victim_count,
			victim_nationality, language, reporter_role, operator_entered, tip_city""";

	private final DatabaseClient db;

	private final FieldCipher cipher;

	private final CryptoWorkers workers;

	ReferralRepository(DatabaseClient db, FieldCipher cipher, CryptoWorkers workers) {
		this.db = db;
		this.cipher = cipher;
		this.workers = workers;
	}

	/** Records an event as handled; fails with a duplicate key if it already was. */
	Mono<Void> markProcessed(String eventId, Instant now) {
		return this.db.sql("INSERT INTO processed_event (event_id, processed_at) VALUES (:eventId, :now)")
			.bind("eventId", eventId)
			.bind("now", now)
			.then();
	}

	/** Stores the referral, its description sealed. */
	Mono<Void> insert(Referral referral, String offerEventId) {
		return this.workers.run(() -> this.cipher.seal(utf8(referral.description()), associatedData(referral.id())))
			.flatMap((description) -> insert(referral, description, offerEventId));
	}

	private Mono<Void> insert(Referral referral, SealedText description, String offerEventId) {
		DatabaseClient.GenericExecuteSpec spec = TipAnswerColumns.bind(this.db
			.sql("""
					INSERT INTO referral (id, report_id, city, organization_id, service_id, priority, triage_reasons,
					       exploitation_types, minors_involved, immediate_danger, summary, description_key_id,
					       description_nonce, description_ciphertext, status, offer_event_id, offered_at, respond_by,
					       updated_at, version, industry, control_methods, recruitment, venue_type, victim_count,
					       victim_nationality, language, reporter_role, operator_entered, tip_city)
					VALUES (:id, :reportId, :city, :organizationId, :serviceId, :priority, :reasons, :types, :minors,
					       :danger, :summary, :descriptionKeyId, :descriptionNonce, :descriptionCiphertext, :status,
					       :offerEventId, :offeredAt, :respondBy, :offeredAt, 0, :industry, :controlMethods, :recruitment,
					       :venueType, :victimCount, :victimNationality, :language, :reporterRole, :operatorEntered, :tipCity)""")
			.bind("id", referral.id())
			.bind("reportId", referral.reportId())
			.bind("city", referral.city())
			.bind("tipCity", Parameter.fromOrEmpty(referral.tipCity(), String.class))
			.bind("priority", referral.priority().name())
			.bind("reasons", CodeColumns.joined(referral.triageReasons()))
			.bind("summary", referral.summary())
			.bind("descriptionKeyId", description.keyId())
			.bind("descriptionNonce", description.nonce())
			.bind("descriptionCiphertext", description.ciphertext())
			.bind("status", referral.status().name())
			.bind("offerEventId", offerEventId)
			.bind("offeredAt", referral.offeredAt())
			.bind("respondBy", referral.respondBy()), referral.answers());
		spec = (referral.organizationId() != null) ? spec.bind("organizationId", referral.organizationId())
				: spec.bindNull("organizationId", UUID.class);
		spec = (referral.serviceId() != null) ? spec.bind("serviceId", referral.serviceId())
				: spec.bindNull("serviceId", UUID.class);
		return spec.then();
	}

	/** Stores what re-routing needs to know of the tip. */
	Mono<Void> insertCase(RoutingCase tip, UUID reportId, Instant now) {
		return this.db.sql("""
				INSERT INTO report_case (report_id, city, minors_involved, foreign_victims, created_at)
				VALUES (:reportId, :city, :minors, :foreign, :now)""")
			.bind("reportId", reportId)
			.bind("city", tip.city())
			.bind("minors", tip.minorsInvolved())
			.bind("foreign", tip.foreignVictims())
			.bind("now", now)
			.then();
	}

	/**
	 * Deletes everything kept of an expired report: its referrals (with their sealed
	 * descriptions), its case, its conversation, its unaccepted alert, and its outbox
	 * rows (offers, updates, forwarded tipster messages and the sealed case-worker
	 * messages keyed by the report or one of its referrals).
	 * @return how many referrals were deleted
	 */
	Mono<Long> purgeReport(UUID reportId) {
		return this.db.sql("SELECT id FROM referral WHERE report_id = :reportId")
			.bind("reportId", reportId)
			.map((row, meta) -> row.get("id", UUID.class).toString())
			.all()
			.collectList()
			.flatMap((referralIds) -> {
				List<String> keys = new ArrayList<>(referralIds);
				keys.add(reportId.toString());
				return this.db.sql("DELETE FROM outbox_event WHERE record_key IN (:keys)")
					.bind("keys", keys)
					.then()
					.then(this.db.sql("DELETE FROM referral WHERE report_id = :reportId")
						.bind("reportId", reportId)
						.fetch()
						.rowsUpdated())
					.flatMap((deleted) -> this.db.sql("DELETE FROM report_case WHERE report_id = :reportId")
						.bind("reportId", reportId)
						.then()
						.then(this.db.sql("DELETE FROM conversation_message WHERE report_id = :reportId")
							.bind("reportId", reportId)
							.then())
						.then(this.db.sql("DELETE FROM unaccepted_alert WHERE report_id = :reportId")
							.bind("reportId", reportId)
							.then())
						.thenReturn(deleted));
			});
	}

	/**
	 * Locks the report's case row until the transaction ends, so decisions on and
	 * re-routing of one report's offers happen one after the other.
	 */
	Mono<Void> lockCase(UUID reportId) {
		return this.db.sql("SELECT report_id FROM report_case WHERE report_id = :reportId FOR UPDATE")
			.bind("reportId", reportId)
			.fetch()
			.all()
			.then();
	}

	Mono<RoutingCase> findCase(UUID reportId) {
		return this.db.sql("SELECT city, minors_involved, foreign_victims FROM report_case WHERE report_id = :reportId")
			.bind("reportId", reportId)
			.map((row, meta) -> new RoutingCase(row.get("city", String.class),
					Boolean.TRUE.equals(row.get("minors_involved", Boolean.class)),
					Boolean.TRUE.equals(row.get("foreign_victims", Boolean.class))))
			.one();
	}

	/**
	 * Reports with an organization's offer unanswered past its deadline, oldest first;
	 * offers of the national tier do not expire (there is no tier after it: the
	 * unaccepted alert takes over).
	 */
	Flux<UUID> reportsWithExpiredOffers(Instant now, int limit) {
		return this.db.sql("""
				SELECT report_id, MIN(respond_by) AS oldest FROM referral
				WHERE status = 'OFFERED' AND respond_by <= :now AND organization_id IS NOT NULL
				      AND city <> 'national'
				GROUP BY report_id ORDER BY oldest LIMIT :limit""")
			.bind("now", now)
			.bind("limit", limit)
			.map((row, meta) -> row.get("report_id", UUID.class))
			.all();
	}

	/**
	 * Moves the referral from one status to the next; false if it was not in the first.
	 * The reason (a decline reason, a close outcome: free text of a case worker) is
	 * stored sealed, like descriptions.
	 */
	Mono<Boolean> changeStatus(UUID id, ReferralStatus from, ReferralStatus to, String reason, Instant now) {
		Mono<Optional<byte[]>> sealedReason = (reason == null) ? Mono.just(Optional.empty()) : this.workers
			.run(() -> Optional.of(this.cipher.seal(utf8(reason), decisionReasonContext(id)).toEnvelope()));
		return sealedReason.flatMap((sealed) -> {
			DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
					UPDATE referral SET status = :to, decision_reason_sealed = :reason, updated_at = :now,
					       version = version + 1
					WHERE id = :id AND status = :from""")
				.bind("to", to.name())
				.bind("now", now)
				.bind("id", id)
				.bind("from", from.name());
			spec = sealed.isPresent() ? spec.bind("reason", sealed.get()) : spec.bindNull("reason", byte[].class);
			return spec.fetch().rowsUpdated().map((updated) -> updated == 1);
		});
	}

	/** The associated data binding a sealed decision reason to its referral's row. */
	static byte[] decisionReasonContext(UUID referralId) {
		return utf8("referral.decision_reason:" + referralId);
	}

	/**
	 * A page of the organization's referrals, newest first (then by id), optionally only
	 * those in one status; reads {@link PageRequest#fetchSize()} rows, starting after the
	 * page's cursor.
	 */
	Flux<Referral> findByOrganization(UUID organizationId, ReferralStatus status, PageRequest page) {
		String statusFilter = (status != null) ? " AND status = :status" : "";
		String afterCursor = (page.after() != null)
				? " AND (offered_at < :afterAt OR (offered_at = :afterAt AND id > :afterId))" : "";
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("SELECT " + COLUMNS + " FROM referral WHERE organization_id = :organizationId" + statusFilter
					+ afterCursor + " ORDER BY offered_at DESC, id LIMIT :limit")
			.bind("organizationId", organizationId)
			.bind("limit", page.fetchSize());
		if (status != null) {
			spec = spec.bind("status", status.name());
		}
		if (page.after() != null) {
			spec = spec.bind("afterAt", page.after().at()).bind("afterId", page.after().id());
		}
		return spec.map(ReferralRepository::sealed).all().concatMap(this::open);
	}

	/** Records the moment the tip reached the last tier; the first one counts. */
	Mono<Void> markLastTier(UUID reportId, Instant now) {
		return this.db.sql(
				"UPDATE report_case SET last_tier_since = :now WHERE report_id = :reportId AND last_tier_since IS NULL")
			.bind("now", now)
			.bind("reportId", reportId)
			.then();
	}

	Mono<Referral> findById(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM referral WHERE id = :id")
			.bind("id", id)
			.map(ReferralRepository::sealed)
			.one()
			.flatMap(this::open);
	}

	Flux<Referral> findByReport(UUID reportId) {
		return this.db.sql("SELECT " + COLUMNS + " FROM referral WHERE report_id = :reportId ORDER BY offered_at, id")
			.bind("reportId", reportId)
			.map(ReferralRepository::sealed)
			.all()
			.concatMap(this::open);
	}

	private Mono<Referral> open(SealedReferral sealed) {
		return this.workers
			.run(() -> new String(this.cipher.open(sealed.description(), associatedData(sealed.referral().id())),
					StandardCharsets.UTF_8))
			.map(sealed::withDescription);
	}

	private static SealedReferral sealed(Readable row) {
		SealedText description = new SealedText(row.get("description_key_id", String.class),
				row.get("description_nonce", byte[].class), row.get("description_ciphertext", byte[].class));
		return new SealedReferral(referral(row), description);
	}

	// The description is bound to its referral: a sealed value moved to another row
	// fails.
	private static byte[] associatedData(UUID referralId) {
		return utf8("referral.description:" + referralId);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A referral read without its description, and the sealed description. */
	private record SealedReferral(Referral referral, SealedText description) {

		Referral withDescription(String text) {
			return this.referral.withDescription(text);
		}

	}

	private static Referral referral(Readable row) {
		TipAnswers answers = TipAnswerColumns.read(row);
		return new Referral(row.get("id", UUID.class), row.get("report_id", UUID.class), row.get("city", String.class),
				row.get("tip_city", String.class), row.get("organization_id", UUID.class),
				row.get("service_id", UUID.class), Priority.valueOf(row.get("priority", String.class)),
				CodeColumns.split(row.get("triage_reasons", String.class), TriageReason::valueOf), answers,
				row.get("summary", String.class), null, ReferralStatus.valueOf(row.get("status", String.class)),
				row.get("offered_at", Instant.class), row.get("respond_by", Instant.class));
	}

}
