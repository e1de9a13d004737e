-- Crypto-shredding (docs/security.md): the data key of each report, sealed under the service
-- key. Deleted with its report (ON DELETE CASCADE), in the retention job's transaction that
-- also writes report.expired; after that no copy of the report's text in events can be opened.
CREATE TABLE report_data_key (
    report_id  UUID PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    key_id     VARCHAR(32) NOT NULL,
    nonce      BYTEA       NOT NULL,
    ciphertext BYTEA       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
