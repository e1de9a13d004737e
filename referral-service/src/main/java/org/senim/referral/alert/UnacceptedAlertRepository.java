package org.senim.referral.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.TriageReason;
import org.senim.referral.offer.ReferralStatus;
import org.senim.referral.system.CodeColumns;
import org.senim.referral.system.PageRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the {@code unaccepted_alert} table, reading the tips' {@code report_case} and
 * {@code referral} rows.
 */
@Repository
class UnacceptedAlertRepository {

	// A tip counts as taken once one of its offers was accepted (and maybe closed since).
	private static final String NOT_TAKEN = """
			NOT EXISTS (SELECT 1 FROM unaccepted_alert a WHERE a.report_id = c.report_id)
			AND NOT EXISTS (SELECT 1 FROM referral t WHERE t.report_id = c.report_id
			                AND t.status IN ('ACCEPTED', 'CLOSED'))""";

	private final DatabaseClient db;

	UnacceptedAlertRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Tips at the last tier since the deadline or before, with no accepted offer and no
	 * alert yet, longest waiting first.
	 */
	Flux<UUID> dueReports(Instant deadline, int limit) {
		return this.db.sql("""
				SELECT c.report_id FROM report_case c
				WHERE c.last_tier_since <= :deadline AND %s
				ORDER BY c.last_tier_since, c.report_id LIMIT :limit""".formatted(NOT_TAKEN))
			.bind("deadline", deadline)
			.bind("limit", limit)
			.map((row, meta) -> row.get("report_id", UUID.class))
			.all();
	}

	/**
	 * Locks the tip's case row until the transaction ends, as decisions and re-routing
	 * do, so an alert is never raised beside an acceptance.
	 */
	Mono<Void> lockCase(UUID reportId) {
		return this.db.sql("SELECT report_id FROM report_case WHERE report_id = :reportId FOR UPDATE")
			.bind("reportId", reportId)
			.fetch()
			.all()
			.then();
	}

	/**
	 * Stores the tip's alert unless it has one or was accepted; with a deadline, only if
	 * it reached the last tier by then.
	 * @return the alert's priority if this call stored it
	 */
	Mono<Priority> raise(UUID reportId, Instant deadline, Instant now) {
		String due = (deadline != null) ? " AND c.last_tier_since <= :deadline" : "";
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO unaccepted_alert (report_id, priority, city, triage_reasons, last_tier_since, raised_at)
				SELECT c.report_id, r.priority, c.city, r.triage_reasons, COALESCE(c.last_tier_since, :now), :now
				FROM report_case c JOIN referral r ON r.report_id = c.report_id
				WHERE c.report_id = :reportId%s AND %s
				ORDER BY r.offered_at, r.id LIMIT 1""".formatted(due, NOT_TAKEN))
			.bind("reportId", reportId)
			.bind("now", now);
		if (deadline != null) {
			spec = spec.bind("deadline", deadline);
		}
		return spec.fetch()
			.rowsUpdated()
			.filter((inserted) -> inserted == 1)
			.flatMap((inserted) -> this.db.sql("SELECT priority FROM unaccepted_alert WHERE report_id = :reportId")
				.bind("reportId", reportId)
				.map((row, meta) -> Priority.valueOf(row.get("priority", String.class)))
				.one());
	}

	/** Resolves the tip's open alert; false if it had none. */
	Mono<Boolean> resolve(UUID reportId, Instant now) {
		return this.db
			.sql("UPDATE unaccepted_alert SET resolved_at = :now WHERE report_id = :reportId AND resolved_at IS NULL")
			.bind("now", now)
			.bind("reportId", reportId)
			.fetch()
			.rowsUpdated()
			.map((updated) -> updated == 1);
	}

	Mono<Long> countOpen() {
		return this.db.sql("SELECT COUNT(*) AS open_alerts FROM unaccepted_alert WHERE resolved_at IS NULL")
			.map((row, meta) -> row.get("open_alerts", Long.class))
			.one();
	}

	/**
	 * A page of the open alerts, oldest first (then by report id), without their offers;
	 * reads {@link PageRequest#fetchSize()} rows.
	 */
	Flux<UnacceptedAlert> findOpen(PageRequest page) {
		String afterCursor = (page.after() != null)
				? " AND (raised_at > :afterAt OR (raised_at = :afterAt AND report_id > :afterId))" : "";
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				SELECT report_id, priority, city, triage_reasons, last_tier_since, raised_at FROM unaccepted_alert
				WHERE resolved_at IS NULL""" + afterCursor + " ORDER BY raised_at, report_id LIMIT :limit")
			.bind("limit", page.fetchSize());
		if (page.after() != null) {
			spec = spec.bind("afterAt", page.after().at()).bind("afterId", page.after().id());
		}
		return spec
			.map((row, meta) -> new UnacceptedAlert(row.get("report_id", UUID.class),
					Priority.valueOf(row.get("priority", String.class)), row.get("city", String.class),
					CodeColumns.split(row.get("triage_reasons", String.class), TriageReason::valueOf),
					row.get("last_tier_since", Instant.class), row.get("raised_at", Instant.class), List.of()))
			.all();
	}

	/** The offers of the tips, oldest first. */
	Flux<Map.Entry<UUID, UnacceptedAlert.Offer>> offersOf(List<UUID> reportIds) {
		if (reportIds.isEmpty()) {
			return Flux.empty();
		}
		return this.db.sql("""
				SELECT report_id, organization_id, status FROM referral WHERE report_id IN (:reportIds)
				ORDER BY offered_at, id""")
			.bind("reportIds", reportIds)
			.map((row, meta) -> Map.entry(row.get("report_id", UUID.class),
					new UnacceptedAlert.Offer(row.get("organization_id", UUID.class),
							ReferralStatus.valueOf(row.get("status", String.class)))))
			.all();
	}

}
