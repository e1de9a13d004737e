-- Idempotency-Key of tip submissions: a retried request gets the first answer for 24 hours.
-- Only keyed hashes (HMAC with the server pepper) of the key and of the request body are stored,
-- and the receipt only AES-GCM sealed; rows are deleted once expired.
CREATE TABLE idempotency_key (
    key_hash           BYTEA PRIMARY KEY,
    request_hash       BYTEA       NOT NULL,
    report_id          UUID        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    receipt_key_id     VARCHAR(32) NOT NULL,
    receipt_nonce      BYTEA       NOT NULL,
    receipt_ciphertext BYTEA       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at);
