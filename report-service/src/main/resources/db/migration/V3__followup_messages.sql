-- The tipster's mailbox: messages between the anonymous tipster and case workers,
-- AES-GCM sealed like descriptions.
CREATE TABLE report_message (
    id          UUID PRIMARY KEY,
    report_id   UUID        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    author      VARCHAR(16) NOT NULL,
    text_key_id VARCHAR(32) NOT NULL,
    text_nonce  BYTEA       NOT NULL,
    text_ciphertext BYTEA   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX report_message_report_idx ON report_message (report_id, created_at);
