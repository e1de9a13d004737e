CREATE TABLE processed_event (
    event_id      VARCHAR(200) PRIMARY KEY,
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One offer of a tip to one organization; organization_id is NULL for the national tier.
CREATE TABLE referral (
    id                  UUID          PRIMARY KEY,
    report_id           UUID          NOT NULL,
    organization_id     UUID,
    service_id          UUID,
    city                VARCHAR(64)   NOT NULL,
    priority            VARCHAR(16)   NOT NULL,
    triage_reasons      VARCHAR(500)  NOT NULL,
    exploitation_types  VARCHAR(500)  NOT NULL,
    minors_involved     BOOLEAN       NOT NULL,
    immediate_danger    BOOLEAN       NOT NULL,
    summary             VARCHAR(500)  NOT NULL,
    -- The tip's description, sealed with AES-GCM (never at rest in plain text); key id kept for rotation.
    description_key_id      VARCHAR(64)   NOT NULL,
    description_nonce       BYTEA         NOT NULL,
    description_ciphertext  BYTEA         NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    offer_event_id      VARCHAR(200)  NOT NULL,
    offered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    respond_by          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT referral_report_organization UNIQUE (report_id, organization_id)
);

CREATE INDEX referral_organization_status ON referral (organization_id, status);
