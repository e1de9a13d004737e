-- Crypto-shredding (docs/security.md): the referral-service's copy of each report's data key,
-- fetched from the report-service's internal key channel when the tip arrives, sealed under this
-- service's key. Deleted on report.expired with the report's other rows.
CREATE TABLE report_data_key (
    report_id  UUID PRIMARY KEY,
    key_id     VARCHAR(32) NOT NULL,
    nonce      BYTEA       NOT NULL,
    ciphertext BYTEA       NOT NULL,
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Issue 10, hole 10: decline reasons and close outcomes are free text a case worker may fill with case
-- details; they are sealed at rest like descriptions (AES-GCM under the service key, one envelope with its key
-- id). The plain-text column goes: nothing reads it back, and the suite holds no real data yet.
ALTER TABLE referral ADD COLUMN decision_reason_sealed BYTEA;
ALTER TABLE referral DROP COLUMN decision_reason;
