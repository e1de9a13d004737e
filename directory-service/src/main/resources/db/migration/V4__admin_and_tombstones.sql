-- Admin API: organizations can be retired (their services are retired with them), and
-- the outbox carries tombstones (a NULL payload: the retired service's key is deleted
-- from the compacted directory.changes). SQL that PostgreSQL and H2 (PostgreSQL mode) both run.

-- Allowed codes as tables, not `CHECK (x IN (...))`: H2 evaluates an IN check with the
-- session that created it and fails every later INSERT/UPDATE once that (Flyway's) session is
-- closed ("Check constraint invalid ... The database has been closed"); it even rewrites
-- `x = 'a' OR x = 'b'` into that IN. Foreign keys mean the same on PostgreSQL.
CREATE TABLE status_code (
    code VARCHAR(20) PRIMARY KEY
);

INSERT INTO status_code (code) VALUES ('active'), ('inactive');

CREATE TABLE gender_code (
    code VARCHAR(20) PRIMARY KEY
);

INSERT INTO gender_code (code) VALUES ('any'), ('female'), ('male');

ALTER TABLE service DROP CONSTRAINT service_status;

ALTER TABLE service ADD CONSTRAINT service_status FOREIGN KEY (status) REFERENCES status_code (code);

ALTER TABLE service DROP CONSTRAINT service_gender;

ALTER TABLE service ADD CONSTRAINT service_gender FOREIGN KEY (gender_eligibility) REFERENCES gender_code (code);

ALTER TABLE organization ADD COLUMN status VARCHAR(20) DEFAULT 'active' NOT NULL;

ALTER TABLE organization ADD CONSTRAINT organization_status FOREIGN KEY (status) REFERENCES status_code (code);

ALTER TABLE outbox_event ALTER COLUMN payload DROP NOT NULL;
