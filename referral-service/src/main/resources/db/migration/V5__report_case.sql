-- What re-routing needs to know of a tip besides its offers: the tip's own city and whether victims are foreign.
CREATE TABLE report_case (
    report_id        UUID          PRIMARY KEY,
    city             VARCHAR(64)   NOT NULL,
    minors_involved  BOOLEAN       NOT NULL,
    foreign_victims  BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX referral_offered_respond_by ON referral (status, respond_by);
