-- Every coded answer of the tip on its referrals (the whole case reaches the organization).
-- Nullable: unanswered questions, and referrals stored before these columns, have none.
-- Lists of codes are comma-separated names (system.CodeColumns), like exploitation_types.
ALTER TABLE referral ADD COLUMN industry VARCHAR(32);
ALTER TABLE referral ADD COLUMN control_methods VARCHAR(500);
ALTER TABLE referral ADD COLUMN recruitment VARCHAR(32);
ALTER TABLE referral ADD COLUMN venue_type VARCHAR(32);
ALTER TABLE referral ADD COLUMN victim_count INTEGER;
ALTER TABLE referral ADD COLUMN victim_nationality VARCHAR(16);
ALTER TABLE referral ADD COLUMN language VARCHAR(35);
ALTER TABLE referral ADD COLUMN reporter_role VARCHAR(16);
ALTER TABLE referral ADD COLUMN operator_entered BOOLEAN;
