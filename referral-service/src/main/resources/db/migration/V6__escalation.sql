-- Every decision of the escalation policy, escalate or not, with its reasons (DESIGN.md §5).
CREATE TABLE escalation_decision (
    report_id      UUID          PRIMARY KEY,
    escalate       BOOLEAN       NOT NULL,
    reasons        VARCHAR(200)  NOT NULL,
    escalation_id  UUID,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What police liaisons see of an escalated tip: coded answers, city, priority, summary; never the description.
CREATE TABLE escalation (
    id                  UUID          PRIMARY KEY,
    report_id           UUID          NOT NULL UNIQUE,
    city                VARCHAR(64)   NOT NULL,
    priority            VARCHAR(16)   NOT NULL,
    exploitation_types  VARCHAR(500)  NOT NULL,
    minors_involved     BOOLEAN       NOT NULL,
    immediate_danger    BOOLEAN       NOT NULL,
    summary             VARCHAR(500)  NOT NULL,
    reasons             VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    raised_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX escalation_raised_at ON escalation (raised_at);
