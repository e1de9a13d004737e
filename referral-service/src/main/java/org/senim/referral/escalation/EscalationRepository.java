package org.senim.referral.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.senim.contracts.codes.Priority;
import org.senim.referral.offer.TipAnswerColumns;
import org.senim.referral.system.CodeColumns;
import org.senim.referral.system.PageRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the {@code escalation_decision} and {@code escalation} tables; the tip's answers
 * in the columns of {@link TipAnswerColumns}.
 */
@Repository
class EscalationRepository {

	private static final String COLUMNS = """
			id, report_id, city, priority, exploitation_types, minors_involved, immediate_danger, summary, reasons,
			status, raised_at, acknowledged_at, industry, control_methods, recruitment, venue_type, victim_count,
			victim_nationality, language, reporter_role, operator_entered""";

	private final DatabaseClient db;

	EscalationRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insertDecision(UUID reportId, EscalationDecision decision, UUID escalationId, Instant now) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO escalation_decision (report_id, escalate, reasons, escalation_id, decided_at)
				VALUES (:reportId, :escalate, :reasons, :escalationId, :now)""")
			.bind("reportId", reportId)
			.bind("escalate", decision.escalate())
			.bind("reasons", CodeColumns.joined(decision.reasons()))
			.bind("now", now);
		spec = (escalationId != null) ? spec.bind("escalationId", escalationId)
				: spec.bindNull("escalationId", UUID.class);
		return spec.then();
	}

	/** The stored decision for a report: escalated or not, and the reasons. */
	Mono<EscalationDecision> findDecision(UUID reportId) {
		return this.db.sql("SELECT escalate, reasons FROM escalation_decision WHERE report_id = :reportId")
			.bind("reportId", reportId)
			.map((row, meta) -> new EscalationDecision(Boolean.TRUE.equals(row.get("escalate", Boolean.class)),
					CodeColumns.split(row.get("reasons", String.class), EscalationReason::valueOf)))
			.one();
	}

	Mono<Void> insert(Escalation escalation) {
		return TipAnswerColumns.bind(this.db.sql("""
				INSERT INTO escalation (id, report_id, city, priority, exploitation_types, minors_involved,
				       immediate_danger, summary, reasons, status, raised_at, industry, control_methods, recruitment,
				       venue_type, victim_count, victim_nationality, language, reporter_role, operator_entered)
				VALUES (:id, :reportId, :city, :priority, :types, :minors, :danger, :summary, :reasons, :status,
				       :raisedAt, :industry, :controlMethods, :recruitment, :venueType, :victimCount,
				       :victimNationality, :language, :reporterRole, :operatorEntered)""")
			.bind("id", escalation.id())
			.bind("reportId", escalation.reportId())
			.bind("city", escalation.city())
			.bind("priority", escalation.priority().name())
			.bind("summary", escalation.summary())
			.bind("reasons", CodeColumns.joined(escalation.reasons()))
			.bind("status", escalation.status().name())
			.bind("raisedAt", escalation.raisedAt()), escalation.answers()).then();
	}

	/** RAISED → ACKNOWLEDGED; false if it was not RAISED. */
	Mono<Boolean> acknowledge(UUID id, Instant now) {
		return this.db.sql("""
				UPDATE escalation SET status = 'ACKNOWLEDGED', acknowledged_at = :now
				WHERE id = :id AND status = 'RAISED'""")
			.bind("now", now)
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map((updated) -> updated == 1);
	}

	Mono<Escalation> findById(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM escalation WHERE id = :id")
			.bind("id", id)
			.map(EscalationRepository::escalation)
			.one();
	}

	/**
	 * A page of the escalations, newest first (then by id), optionally only those in one
	 * status; reads {@link PageRequest#fetchSize()} rows, starting after the page's
	 * cursor.
	 */
	Flux<Escalation> findRecent(Escalation.Status status, PageRequest page) {
		List<String> conditions = new ArrayList<>();
		if (status != null) {
			conditions.add("status = :status");
		}
		if (page.after() != null) {
			conditions.add("(raised_at < :afterAt OR (raised_at = :afterAt AND id > :afterId))");
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("SELECT " + COLUMNS + " FROM escalation" + where + " ORDER BY raised_at DESC, id LIMIT :limit")
			.bind("limit", page.fetchSize());
		if (status != null) {
			spec = spec.bind("status", status.name());
		}
		if (page.after() != null) {
			spec = spec.bind("afterAt", page.after().at()).bind("afterId", page.after().id());
		}
		return spec.map(EscalationRepository::escalation).all();
	}

	private static Escalation escalation(Readable row) {
		return new Escalation(row.get("id", UUID.class), row.get("report_id", UUID.class),
				row.get("city", String.class), Priority.valueOf(row.get("priority", String.class)),
				TipAnswerColumns.read(row), row.get("summary", String.class),
				CodeColumns.split(row.get("reasons", String.class), EscalationReason::valueOf),
				Escalation.Status.valueOf(row.get("status", String.class)), row.get("raised_at", Instant.class),
				row.get("acknowledged_at", Instant.class));
	}

}
