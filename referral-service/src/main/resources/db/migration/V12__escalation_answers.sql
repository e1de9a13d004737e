-- Every coded answer of the tip on its escalation, as on its referrals (V8): police need the venue,
-- the control methods and the rest to act (DESIGN.md §5). Never the description or other free text.
-- Nullable: unanswered questions, and escalations raised before these columns, have none.
ALTER TABLE escalation ADD COLUMN industry VARCHAR(32);
ALTER TABLE escalation ADD COLUMN control_methods VARCHAR(500);
ALTER TABLE escalation ADD COLUMN recruitment VARCHAR(32);
ALTER TABLE escalation ADD COLUMN venue_type VARCHAR(32);
ALTER TABLE escalation ADD COLUMN victim_count INTEGER;
ALTER TABLE escalation ADD COLUMN victim_nationality VARCHAR(16);
ALTER TABLE escalation ADD COLUMN language VARCHAR(35);
ALTER TABLE escalation ADD COLUMN reporter_role VARCHAR(16);
ALTER TABLE escalation ADD COLUMN operator_entered BOOLEAN;
