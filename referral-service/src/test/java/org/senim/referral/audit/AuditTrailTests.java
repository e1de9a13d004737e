package org.senim.referral.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.referral.audit.AuditTrail.ObjectType;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void appendsOneRowPerAction(String database, DatabaseClient db) {
		AuditTrail audit = new AuditTrail(db);
		UUID object = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Actor liaison = new Actor("liaison-1", "POLICE_LIAISON");

		audit.record(Actor.ESCALATION_POLICY, AuditAction.ESCALATED, ObjectType.ESCALATION, object, now).block();
		audit.record(liaison, AuditAction.ACKNOWLEDGED, ObjectType.ESCALATION, object, now.plusSeconds(1)).block();

		assertThat(db.sql("SELECT action, actor_subject, actor_role FROM audit_event WHERE object_id = :id ORDER BY at")
			.bind("id", object)
			.map((row, meta) -> row.get("action", String.class) + "/" + row.get("actor_subject", String.class) + "/"
					+ row.get("actor_role", String.class))
			.all()
			.collectList()
			.block()).containsExactly("ESCALATED/referral-service:escalation-policy/SYSTEM",
					"ACKNOWLEDGED/liaison-1/POLICE_LIAISON");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsSubjectWithinItsColumn(String database, DatabaseClient db) {
		Actor actor = new Actor("s".repeat(500), "NGO_WORKER");

		new AuditTrail(db).record(actor, AuditAction.VIEWED, ObjectType.REFERRAL, UUID.randomUUID(), Instant.now())
			.block();

		assertThat(actor.subject()).hasSize(Actor.MAX_SUBJECT);
	}

}
