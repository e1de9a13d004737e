package org.senim.referral.offer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.platform.crypto.CryptoProperties;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;
import org.senim.referral.TestDatabases;
import org.senim.referral.routing.RoutingCase;
import org.senim.referral.system.Page;
import org.senim.referral.system.PageCursor;
import org.senim.referral.system.PageRequest;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReferralRepositoryTests {

	private static final CryptoWorkers WORKERS = new CryptoWorkers(TestDatabases.crypto());

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void rejectsEventProcessedTwice(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		String eventId = UUID.randomUUID().toString();
		referrals.markProcessed(eventId, this.now).block();

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> referrals.markProcessed(eventId, this.now).block());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void rejectsSecondReferralOfReportToSameOrganization(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		Referral first = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.OFFERED);
		referrals.insert(first, "event-" + first.id()).block();
		Referral again = referral(first.reportId(), first.organizationId(), ReferralStatus.OFFERED);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> referrals.insert(again, "event-" + again.id()).block());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void readsReferralBackAsStored(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		Referral national = referral(UUID.randomUUID(), null, ReferralStatus.OFFERED);
		referrals.insert(national, "event-" + national.id()).block();

		assertThat(referrals.findById(national.id()).block()).isEqualTo(national);
		assertThat(referrals.findByReport(national.reportId()).collectList().block()).containsExactly(national);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void listsOrganizationsReferralsByStatus(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		UUID organization = UUID.randomUUID();
		Referral offered = referral(UUID.randomUUID(), organization, ReferralStatus.OFFERED);
		Referral accepted = referral(UUID.randomUUID(), organization, ReferralStatus.ACCEPTED);
		Referral elsewhere = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.OFFERED);
		for (Referral referral : List.of(offered, accepted, elsewhere)) {
			referrals.insert(referral, "event-" + referral.id()).block();
		}

		assertThat(referrals.findByOrganization(organization, null, new PageRequest(10, null)).collectList().block())
			.containsExactlyInAnyOrder(offered, accepted);
		assertThat(referrals.findByOrganization(organization, ReferralStatus.ACCEPTED, new PageRequest(10, null))
			.collectList()
			.block()).containsExactly(accepted);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void pagesOrganizationsReferralsNewestFirstThenById(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		UUID organization = UUID.randomUUID();
		List<Referral> sameTime = List.of(referral(UUID.randomUUID(), organization, ReferralStatus.OFFERED),
				referral(UUID.randomUUID(), organization, ReferralStatus.OFFERED),
				referral(UUID.randomUUID(), organization, ReferralStatus.ACCEPTED));
		Referral older = referral(UUID.randomUUID(), organization, ReferralStatus.OFFERED, this.now.minusSeconds(60));
		for (Referral referral : List.of(older, sameTime.get(0), sameTime.get(1), sameTime.get(2))) {
			referrals.insert(referral, "event-" + referral.id()).block();
		}
		List<Referral> newestFirst = new ArrayList<>(sameTime);
		// PostgreSQL and H2 order UUIDs as unsigned bytes, as their text sorts.
		newestFirst.sort(Comparator.comparing((Referral referral) -> referral.id().toString()));
		newestFirst.add(older);

		Page<Referral> first = page(referrals, organization, null, new PageRequest(2, null));
		Page<Referral> second = page(referrals, organization, null, new PageRequest(2, first.next()));
		Page<Referral> offeredAfterFirst = page(referrals, organization, ReferralStatus.OFFERED,
				new PageRequest(2, first.next()));

		assertThat(first.items()).extracting(Referral::id)
			.containsExactly(newestFirst.get(0).id(), newestFirst.get(1).id());
		assertThat(first.next()).isNotNull();
		assertThat(second.items()).extracting(Referral::id)
			.containsExactly(newestFirst.get(2).id(), newestFirst.get(3).id());
		assertThat(second.next()).isNull();
		assertThat(offeredAfterFirst.items()).extracting(Referral::id)
			.containsExactlyElementsOf(newestFirst.subList(2, 4)
				.stream()
				.filter((referral) -> referral.status() == ReferralStatus.OFFERED)
				.map(Referral::id)
				.toList());
	}

	private static Page<Referral> page(ReferralRepository referrals, UUID organization, ReferralStatus status,
			PageRequest request) {
		return request.page(referrals.findByOrganization(organization, status, request).collectList().block(),
				(referral) -> new PageCursor(referral.offeredAt(), referral.id()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void changesStatusOnlyFromExpectedOne(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		Referral offered = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.OFFERED);
		referrals.insert(offered, "event-" + offered.id()).block();

		assertThat(
				referrals.changeStatus(offered.id(), ReferralStatus.OFFERED, ReferralStatus.DECLINED, "Full", this.now)
					.block())
			.isTrue();
		assertThat(referrals.changeStatus(offered.id(), ReferralStatus.OFFERED, ReferralStatus.ACCEPTED, null, this.now)
			.block()).isFalse();
		assertThat(referrals.findById(offered.id()).block().status()).isEqualTo(ReferralStatus.DECLINED);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsDeclineReasonsAndCloseOutcomesSealedAtRest(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		Referral declined = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.OFFERED);
		Referral closed = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.ACCEPTED);
		referrals.insert(declined, "event-" + declined.id()).block();
		referrals.insert(closed, "event-" + closed.id()).block();
		String reason = "Our shelter in Abay street is full; the girl's uncle works for the sauna owner";
		String outcome = "Two victims placed with relatives in Taraz";

		referrals.changeStatus(declined.id(), ReferralStatus.OFFERED, ReferralStatus.DECLINED, reason, this.now)
			.block();
		referrals.changeStatus(closed.id(), ReferralStatus.ACCEPTED, ReferralStatus.CLOSED, outcome, this.now).block();

		FieldCipher cipher = new FieldCipher(TestDatabases.crypto());
		for (Map.Entry<UUID, String> expected : Map.of(declined.id(), reason, closed.id(), outcome).entrySet()) {
			byte[] stored = db.sql("SELECT decision_reason_sealed FROM referral WHERE id = :id")
				.bind("id", expected.getKey())
				.map((row, meta) -> row.get("decision_reason_sealed", byte[].class))
				.one()
				.block();
			assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Abay").doesNotContain("Taraz");
			assertThat(
					new String(
							cipher.open(SealedText.fromEnvelope(stored),
									ReferralRepository.decisionReasonContext(expected.getKey())),
							StandardCharsets.UTF_8))
				.isEqualTo(expected.getValue());
		}
		assertThat(db.sql("SELECT * FROM referral WHERE id = :id").bind("id", declined.id()).fetch().one().block())
			.doesNotContainKey("decision_reason");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsDescriptionSealedAtRest(String database, DatabaseClient db) {
		Referral referral = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.OFFERED);
		repository(db).insert(referral, "event-" + referral.id()).block();

		byte[] stored = db.sql("SELECT description_ciphertext FROM referral WHERE id = :id")
			.bind("id", referral.id())
			.map((row, meta) -> row.get("description_ciphertext", byte[].class))
			.one()
			.block();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("xxxxxxxx");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void findsReportsWhoseOrganizationOffersPassedTheirDeadline(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		Referral expired = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.OFFERED);
		Referral national = referral(UUID.randomUUID(), null, ReferralStatus.OFFERED);
		Referral answered = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.ACCEPTED);
		for (Referral referral : List.of(expired, national, answered)) {
			referrals.insert(referral, "event-" + referral.id()).block();
		}

		List<UUID> due = referrals.reportsWithExpiredOffers(this.now.plusSeconds(3600), 10_000).collectList().block();

		assertThat(due).contains(expired.reportId()).doesNotContain(national.reportId(), answered.reportId());
		assertThat(referrals.reportsWithExpiredOffers(this.now, 10_000).collectList().block())
			.doesNotContain(expired.reportId());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsAndLocksCaseOfReport(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		UUID reportId = UUID.randomUUID();
		RoutingCase tip = new RoutingCase("taraz", true, true);

		referrals.insertCase(tip, reportId, this.now).block();
		referrals.lockCase(reportId).block();

		assertThat(referrals.findCase(reportId).block()).isEqualTo(tip);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void purgesReferralsCaseAndOutboxRowsOfOneReportOnly(String database, DatabaseClient db) {
		ReferralRepository referrals = repository(db);
		Referral first = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.ACCEPTED);
		Referral second = referral(first.reportId(), UUID.randomUUID(), ReferralStatus.OFFERED);
		Referral other = referral(UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.OFFERED);
		for (Referral referral : List.of(first, second, other)) {
			referrals.insert(referral, "event-" + referral.id()).block();
			outboxRow(db, referral.id().toString());
		}
		referrals.insertCase(new RoutingCase("almaty", false, false), first.reportId(), this.now).block();
		outboxRow(db, first.reportId().toString());

		assertThat(referrals.purgeReport(first.reportId()).block()).isEqualTo(2);

		assertThat(referrals.findByReport(first.reportId()).collectList().block()).isEmpty();
		assertThat(referrals.findCase(first.reportId()).blockOptional()).isEmpty();
		assertThat(outboxRows(db, first.id(), second.id(), first.reportId())).isZero();
		assertThat(outboxRows(db, other.id())).isOne();
		assertThat(referrals.findById(other.id()).block()).isEqualTo(other);
		assertThat(referrals.purgeReport(first.reportId()).block()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databasesBeforeTipCity")
	void backfillsTipCityOfReferralsStoredBeforeItFromTheirCase(String database, DatabaseClient db,
			Runnable migrateRest) {
		UUID reroutedReport = UUID.randomUUID();
		UUID caselessReport = UUID.randomUUID();
		UUID rerouted = storedBeforeTipCity(db, reroutedReport, "national");
		UUID caseless = storedBeforeTipCity(db, caselessReport, "almaty");
		db.sql("""
				INSERT INTO report_case (report_id, city, minors_involved, foreign_victims, created_at)
				VALUES (:reportId, 'shymkent', FALSE, FALSE, :now)""")
			.bind("reportId", reroutedReport)
			.bind("now", this.now)
			.then()
			.block();

		migrateRest.run();

		ReferralRepository referrals = repository(db);
		Referral backfilled = referrals.findById(rerouted).block();
		assertThat(backfilled.city()).isEqualTo("national");
		assertThat(backfilled.tipCity()).isEqualTo("shymkent");
		assertThat(referrals.findById(caseless).block().tipCity()).as("a tip whose case was never kept").isNull();
	}

	static Stream<Arguments> databasesBeforeTipCity() {
		return TestDatabases.bothUpTo("10");
	}

	/** A referral row as V10 stored it, its description sealed as the repository does. */
	private UUID storedBeforeTipCity(DatabaseClient db, UUID reportId, String city) {
		UUID id = UUID.randomUUID();
		SealedText description = new FieldCipher(TestDatabases.crypto()).seal("d".getBytes(StandardCharsets.UTF_8),
				("referral.description:" + id).getBytes(StandardCharsets.UTF_8));
		db.sql("""
				INSERT INTO referral (id, report_id, city, priority, triage_reasons, exploitation_types,
				       minors_involved, immediate_danger, summary, description_key_id, description_nonce,
				       description_ciphertext, status, offer_event_id, offered_at, respond_by, updated_at, version)
				VALUES (:id, :reportId, :city, 'NORMAL', '', 'OTHER', FALSE, FALSE, 'Other', :keyId, :nonce,
				       :ciphertext, 'OFFERED', :eventId, :now, :now, :now, 0)""")
			.bind("id", id)
			.bind("reportId", reportId)
			.bind("city", city)
			.bind("keyId", description.keyId())
			.bind("nonce", description.nonce())
			.bind("ciphertext", description.ciphertext())
			.bind("eventId", "event-" + id)
			.bind("now", this.now)
			.then()
			.block();
		return id;
	}

	private void outboxRow(DatabaseClient db, String key) {
		db.sql("""
				INSERT INTO outbox_event (id, topic, record_key, event_id, event_type, payload, created_at, attempts,
				       next_attempt_at)
				VALUES (:id, 'referrals.status', :key, :eventId, 'test', :payload, :now, 0, :now)""")
			.bind("id", UUID.randomUUID())
			.bind("key", key)
			.bind("eventId", UUID.randomUUID().toString())
			.bind("payload", new byte[] { 1 })
			.bind("now", this.now)
			.then()
			.block();
	}

	private static long outboxRows(DatabaseClient db, UUID... keys) {
		return db.sql("SELECT COUNT(*) AS n FROM outbox_event WHERE record_key IN (:keys)")
			.bind("keys", Arrays.stream(keys).map(UUID::toString).toList())
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static ReferralRepository repository(DatabaseClient db) {
		CryptoProperties crypto = TestDatabases.crypto();
		return new ReferralRepository(db, new FieldCipher(crypto), WORKERS);
	}

	private Referral referral(UUID report, UUID organization, ReferralStatus status) {
		return referral(report, organization, status, this.now);
	}

	private Referral referral(UUID report, UUID organization, ReferralStatus status, Instant offeredAt) {
		return new Referral(UUID.randomUUID(), report, "almaty", "shymkent", organization,
				(organization != null) ? UUID.randomUUID() : null, Priority.CRITICAL,
				List.of(TriageReason.MINORS_INVOLVED, TriageReason.IMMEDIATE_DANGER),
				new TipAnswers(List.of(ExploitationType.FORCED_LABOUR, ExploitationType.CHILD_LABOUR),
						Industry.AGRICULTURE_COTTON,
						List.of(ControlMethod.DEBT_BONDAGE, ControlMethod.RESTRICTS_MOVEMENT), Recruitment.FAMILY,
						VenueType.FARM, 7, true, true, VictimNationality.FOREIGN, "kk", ReporterRole.RELATIVE, true),
				"Forced labour, Child labour · minors", "x".repeat(10_000), status, offeredAt,
				offeredAt.plusSeconds(1800));
	}

}
