-- The only real contacts shipped: the national hotlines the seed article states
-- (context/seed-article.txt). Hours and languages are not stated there, so they stay
-- empty; assured_date stays empty because nobody has verified them since.

INSERT INTO organization (id, name, name_ru, name_kk, description, sample, source, assured_date) VALUES
    ('1a000000-0000-4000-8000-000000000001', 'International Organization for Migration (IOM)',
     'Международная организация по миграции (МОМ)', 'Халықаралық көші-қон ұйымы (ХКҰ)',
     NULL, FALSE, 'Seed article: "Slavery is alive and well in Kazakhstan" (context/seed-article.txt)', NULL),
    ('1a000000-0000-4000-8000-000000000002', 'Police of Kazakhstan', 'Полиция Казахстана', 'Қазақстан полициясы',
     NULL, FALSE, 'Seed article: "Slavery is alive and well in Kazakhstan" (context/seed-article.txt)', NULL);

INSERT INTO service (id, organization_id, name, name_ru, name_kk, description, city_slug, status, takes_referrals,
        accepts_minors, accepts_foreigners, gender_eligibility, capacity_available, capacity_maximum,
        capacity_updated, service_types, sample, source, assured_date, hours, languages) VALUES
    ('1b000000-0000-4000-8000-000000000001', '1a000000-0000-4000-8000-000000000001',
     'IOM hotline', 'Горячая линия МОМ', 'ХКҰ сенім телефоны',
     'Free hotline for people at risk of or affected by human trafficking.', NULL, 'active', FALSE,
     TRUE, TRUE, 'any', NULL, NULL, NULL, 'HOTLINE', FALSE,
     'Seed article: "Slavery is alive and well in Kazakhstan" (context/seed-article.txt)', NULL, NULL, NULL),
    ('1b000000-0000-4000-8000-000000000002', '1a000000-0000-4000-8000-000000000002',
     'Police human trafficking hotline', 'Горячая линия полиции по торговле людьми',
     'Полицияның адам саудасы жөніндегі сенім телефоны',
     'Police hotline for human trafficking cases.', NULL, 'active', FALSE,
     TRUE, TRUE, 'any', NULL, NULL, NULL, 'HOTLINE', FALSE,
     'Seed article: "Slavery is alive and well in Kazakhstan" (context/seed-article.txt)', NULL, NULL, NULL);

INSERT INTO phone (id, service_id, display, dial, e164, short_code, free_of_charge) VALUES
    ('1c000000-0000-4000-8000-000000000001', '1b000000-0000-4000-8000-000000000001',
     '8 800 080 00 15', '88000800015', '+78000800015', FALSE, TRUE),
    ('1c000000-0000-4000-8000-000000000002', '1b000000-0000-4000-8000-000000000002',
     '116 16', '11616', NULL, TRUE, FALSE);
