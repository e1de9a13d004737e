-- HSDS 3.0 shaped directory with the Kazakhstan profile (city slug, ru/kk names,
-- eligibility, capacity). SQL that PostgreSQL and H2 (PostgreSQL mode) both run.

CREATE TABLE city (
    slug        VARCHAR(40)  PRIMARY KEY,
    name_en     VARCHAR(100) NOT NULL,
    name_ru     VARCHAR(100) NOT NULL,
    name_kk     VARCHAR(100) NOT NULL,
    region      VARCHAR(100) NOT NULL,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL
);

-- Other names of a city: former names, transliterations, common spellings.
CREATE TABLE city_alias (
    alias       VARCHAR(100) PRIMARY KEY,
    city_slug   VARCHAR(40)  NOT NULL REFERENCES city (slug)
);

CREATE TABLE organization (
    id            UUID          PRIMARY KEY,
    name          VARCHAR(300)  NOT NULL,
    name_ru       VARCHAR(300),
    name_kk       VARCHAR(300),
    description   VARCHAR(2000),
    sample        BOOLEAN       NOT NULL,
    source        VARCHAR(500)  NOT NULL,
    assured_date  DATE
);

-- city_slug NULL: a national service, offered in every city.
CREATE TABLE service (
    id                   UUID          PRIMARY KEY,
    organization_id      UUID          NOT NULL REFERENCES organization (id),
    name                 VARCHAR(300)  NOT NULL,
    name_ru              VARCHAR(300),
    name_kk              VARCHAR(300),
    description          VARCHAR(2000),
    city_slug            VARCHAR(40)   REFERENCES city (slug),
    status               VARCHAR(20)   NOT NULL,
    takes_referrals      BOOLEAN       NOT NULL,
    accepts_minors       BOOLEAN       NOT NULL,
    accepts_foreigners   BOOLEAN       NOT NULL,
    gender_eligibility   VARCHAR(20)   NOT NULL,
    capacity_available   INTEGER,
    capacity_maximum     INTEGER,
    capacity_updated     TIMESTAMP WITH TIME ZONE,
    -- comma-separated org.senim.contracts.codes.ServiceType codes
    service_types        VARCHAR(200)  NOT NULL,
    sample               BOOLEAN       NOT NULL,
    source               VARCHAR(500)  NOT NULL,
    assured_date         DATE,
    hours                VARCHAR(200),
    -- comma-separated ISO 639-1 codes
    languages            VARCHAR(100),
    CONSTRAINT service_status CHECK (status IN ('active', 'inactive')),
    CONSTRAINT service_gender CHECK (gender_eligibility IN ('any', 'female', 'male')),
    CONSTRAINT service_capacity CHECK (capacity_available IS NULL OR capacity_available >= 0)
);

CREATE INDEX service_city ON service (city_slug);

-- dial: the digits to dial in Kazakhstan; e164 NULL for a short code.
CREATE TABLE phone (
    id               UUID         PRIMARY KEY,
    service_id       UUID         NOT NULL REFERENCES service (id),
    display          VARCHAR(50)  NOT NULL,
    dial             VARCHAR(20)  NOT NULL,
    e164             VARCHAR(20),
    short_code       BOOLEAN      NOT NULL,
    free_of_charge   BOOLEAN      NOT NULL,
    CONSTRAINT phone_kind CHECK ((short_code AND e164 IS NULL) OR (NOT short_code AND e164 IS NOT NULL))
);

CREATE INDEX phone_service ON phone (service_id);

CREATE TABLE outbox_event (
    id               UUID          PRIMARY KEY,
    seq              BIGINT        GENERATED ALWAYS AS IDENTITY,
    topic            VARCHAR(200)  NOT NULL,
    record_key       VARCHAR(200)  NOT NULL,
    event_id         VARCHAR(100)  NOT NULL,
    event_type       VARCHAR(200)  NOT NULL,
    payload          BYTEA         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the relay's lease (see OutboxRepository): which instance sends these rows, until when
    claimed_by       VARCHAR(64),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_event_seq UNIQUE (seq),
    CONSTRAINT outbox_event_event_id UNIQUE (event_id)
);

CREATE INDEX outbox_event_pending ON outbox_event (published_at, seq);
