package org.senim.referral.audit;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The append-only {@code audit_event} table: one row per action, inserted in the
 * transaction of the action so both commit or neither. Rows are never updated or deleted.
 */
@Component
public class AuditTrail {

	/** The kinds of object audited. */
	public enum ObjectType {

		REFERRAL, ESCALATION

	}

	private final DatabaseClient db;

	AuditTrail(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> record(Actor actor, AuditAction action, ObjectType type, UUID objectId, Instant at) {
		return this.db.sql("""
				INSERT INTO audit_event (id, actor_subject, actor_role, action, object_type, object_id, at)
				VALUES (:id, :subject, :role, :action, :type, :objectId, :at)""")
			.bind("id", UUID.randomUUID())
			.bind("subject", actor.subject())
			.bind("role", actor.role())
			.bind("action", action.name())
			.bind("type", type.name())
			.bind("objectId", objectId)
			.bind("at", at)
			.then();
	}

}
