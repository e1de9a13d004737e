-- Where a tip stands, as the referral hub tells it (TipStatusChanged on referrals.status):
-- the current status lives on report, every change in report_status_history.
-- closed_at starts the retention period after closure (docs/decisions.md "Report-service").
ALTER TABLE report ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX report_closed_at_idx ON report (closed_at);

CREATE TABLE report_status_history (
    id         UUID PRIMARY KEY,
    report_id  UUID        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    status     VARCHAR(16) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX report_status_history_report_idx ON report_status_history (report_id, changed_at);

-- Idempotent consumers: the CloudEvent id of every event handled, written in the same
-- transaction as its effect.
CREATE TABLE processed_event (
    event_id     VARCHAR(64) PRIMARY KEY,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
