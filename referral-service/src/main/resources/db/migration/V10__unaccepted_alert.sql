-- No tip waits unseen (DESIGN.md §5): when a tip reached the last tier (referrals.national), and the alert raised
-- once it stayed there unaccepted too long. SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
ALTER TABLE report_case ADD COLUMN last_tier_since TIMESTAMP WITH TIME ZONE;

-- Tips already at the national tier count from their first national offer.
UPDATE report_case SET last_tier_since = (
    SELECT MIN(r.offered_at) FROM referral r WHERE r.report_id = report_case.report_id AND r.city = 'national');

CREATE INDEX report_case_last_tier ON report_case (last_tier_since);

-- One alert per report (the key); open while resolved_at is NULL. Coded data only, never free text.
CREATE TABLE unaccepted_alert (
    report_id        UUID          PRIMARY KEY,
    priority         VARCHAR(16)   NOT NULL,
    city             VARCHAR(64)   NOT NULL,
    triage_reasons   VARCHAR(500)  NOT NULL,
    last_tier_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX unaccepted_alert_open ON unaccepted_alert (resolved_at, raised_at, report_id);
