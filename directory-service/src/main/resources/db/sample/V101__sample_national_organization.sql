-- Sample national organization for the local stack only (Flyway location classpath:db/sample, added by the
-- `local` profile), so the national tier of routing (DESIGN.md §5) can be tried: a service of no city
-- (city_slug NULL = national, published on directory.changes with city `national`) that takes referrals.
-- Invented, named "Sample ...", flagged sample = TRUE and has NO phone number, like V100.
-- The local issuer's demo user `ngo-national` works for it.

INSERT INTO organization (id, name, name_ru, name_kk, description, sample, source, assured_date) VALUES
    ('0a000000-0000-4000-8000-000000000016', 'Sample national NGO', 'Sample национальная НПО', 'Sample ұлттық ҮЕҰ', 'Sample data for trying Senim locally: a national organization taking referrals from every city. Not a real organization; do not contact.', TRUE, 'sample data (local stack), not a real organization', '2026-10-01');

INSERT INTO service (id, organization_id, name, name_ru, name_kk, description, city_slug, status, takes_referrals,
        accepts_minors, accepts_foreigners, gender_eligibility, capacity_available, capacity_maximum,
        capacity_updated, service_types, sample, source, assured_date, hours, languages) VALUES
    ('0b000000-0000-4000-8000-000000000016', '0a000000-0000-4000-8000-000000000016', 'Sample national case management', 'Sample национальное сопровождение случаев', 'Sample ұлттық істерді сүйемелдеу', 'Sample data; no phone number on purpose.', NULL, 'active', TRUE, TRUE, TRUE, 'any', NULL, NULL, NULL, 'LEGAL_AID,PSYCHOSOCIAL,REPATRIATION', TRUE, 'sample data (local stack), not a real service', '2026-10-01', 'Mon-Fri 09:00-18:00', 'kk,ru,en');
