-- Replayable receipts are now sealed under a key derived (HKDF-SHA256) from the client's
-- Idempotency-Key, not under the service's key: a dump of this table plus the service's
-- secrets no longer opens them. Rows sealed the old way cannot be resealed without the
-- client's key, so they are deleted (a retry of such a submission files a second report);
-- the service key id is no longer needed.
DELETE FROM idempotency_key;

ALTER TABLE idempotency_key DROP COLUMN receipt_key_id;

COMMENT ON TABLE idempotency_key IS
    'Idempotency-Key entries of tip submissions: key_hash = HMAC-SHA256(receipt pepper, key), '
    'request_hash = HMAC-SHA256 under a key derived from the client key, receipt AES-GCM sealed '
    'under a key derived from the client key (HKDF-SHA256); deleted once expired.';
