-- The routing table: the last known state of directory.changes (DESIGN.md §6, degraded but useful).
CREATE TABLE directory_city (
    slug        VARCHAR(64)  PRIMARY KEY,
    name_en     VARCHAR(200) NOT NULL,
    region      VARCHAR(200),
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE directory_service (
    service_id          UUID         PRIMARY KEY,
    organization_id     UUID         NOT NULL,
    organization_name   VARCHAR(300) NOT NULL,
    service_name        VARCHAR(300) NOT NULL,
    city                VARCHAR(64)  NOT NULL,
    service_types       VARCHAR(300) NOT NULL,
    active              BOOLEAN      NOT NULL,
    takes_referrals     BOOLEAN      NOT NULL,
    accepts_minors      BOOLEAN      NOT NULL,
    accepts_foreigners  BOOLEAN      NOT NULL,
    capacity_available  INTEGER,
    sample              BOOLEAN      NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX directory_service_city ON directory_service (city);
