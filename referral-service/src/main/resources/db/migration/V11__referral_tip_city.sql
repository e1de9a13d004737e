-- The city the tip is about, beside the city of the receiving organization (`city`, the topic's):
-- a tip routed on to the nearest city or the national tier still says where it came from.
-- Back-filled from the tip's case; referrals of tips whose case was never kept stay NULL.
-- A correlated subquery rather than UPDATE … FROM, so H2 (the local profile) runs it too.
ALTER TABLE referral ADD COLUMN tip_city VARCHAR(64);
UPDATE referral SET tip_city = (SELECT report_case.city FROM report_case WHERE report_case.report_id = referral.report_id)
WHERE tip_city IS NULL;
