-- Append-only audit trail: who did what to which referral or escalation, written in the transaction of the action.
-- The service has no UPDATE or DELETE of this table.
CREATE TABLE audit_event (
    id             UUID          PRIMARY KEY,
    actor_subject  VARCHAR(200)  NOT NULL,
    actor_role     VARCHAR(32)   NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    object_type    VARCHAR(32)   NOT NULL,
    object_id      UUID          NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX audit_event_object ON audit_event (object_type, object_id, at);
