-- HSDS last_modified of a service (filter modified_after): set in the transaction of every
-- change that affects the service (see DirectoryAdmin); rows before this migration count as
-- modified when it ran. SQL that PostgreSQL and H2 (PostgreSQL mode) both run.

ALTER TABLE service ADD COLUMN last_modified TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP;
