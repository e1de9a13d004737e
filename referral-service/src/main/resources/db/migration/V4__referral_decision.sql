-- Why an organization declined an offer (coded-free text from the case worker, not the tip).
ALTER TABLE referral ADD COLUMN decision_reason VARCHAR(500);
