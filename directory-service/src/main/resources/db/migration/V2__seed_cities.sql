-- The 14 cities of the seed article (context/seed-article.txt) with their names,
-- regions and coordinates (geography), and other names people write.

INSERT INTO city (slug, name_en, name_ru, name_kk, region, latitude, longitude) VALUES
    ('astana', 'Astana', 'Астана', 'Астана', 'Astana', 51.1694, 71.4491),
    ('aktobe', 'Aktobe', 'Актобе', 'Ақтөбе', 'Aktobe Region', 50.2839, 57.1670),
    ('aktau', 'Aktau', 'Актау', 'Ақтау', 'Mangystau Region', 43.6517, 51.1578),
    ('almaty', 'Almaty', 'Алматы', 'Алматы', 'Almaty', 43.2389, 76.8897),
    ('zhezkazgan', 'Zhezkazgan', 'Жезказган', 'Жезқазған', 'Ulytau Region', 47.7833, 67.7667),
    ('karaganda', 'Karaganda', 'Караганда', 'Қарағанды', 'Karaganda Region', 49.8047, 73.1094),
    ('kokshetau', 'Kokshetau', 'Кокшетау', 'Көкшетау', 'Akmola Region', 53.2833, 69.3833),
    ('kostanay', 'Kostanay', 'Костанай', 'Қостанай', 'Kostanay Region', 53.2144, 63.6246),
    ('kyzylorda', 'Kyzylorda', 'Кызылорда', 'Қызылорда', 'Kyzylorda Region', 44.8528, 65.5092),
    ('petropavlovsk', 'Petropavlovsk', 'Петропавловск', 'Петропавл', 'North Kazakhstan Region', 54.8667, 69.1500),
    ('taldykorgan', 'Taldykorgan', 'Талдыкорган', 'Талдықорған', 'Jetisu Region', 45.0156, 78.3739),
    ('ust-kamenogorsk', 'Ust-Kamenogorsk', 'Усть-Каменогорск', 'Өскемен', 'East Kazakhstan Region', 49.9483, 82.6275),
    ('shymkent', 'Shymkent', 'Шымкент', 'Шымкент', 'Shymkent', 42.3000, 69.6000),
    ('taraz', 'Taraz', 'Тараз', 'Тараз', 'Jambyl Region', 42.9000, 71.3667);

INSERT INTO city_alias (alias, city_slug) VALUES
    ('Nur-Sultan', 'astana'), ('Нур-Султан', 'astana'), ('Akmola', 'astana'), ('Aqmola', 'astana'),
    ('Акмола', 'astana'), ('Tselinograd', 'astana'), ('Целиноград', 'astana'), ('Akmolinsk', 'astana'),
    ('Aqtobe', 'aktobe'), ('Aktyubinsk', 'aktobe'), ('Актюбинск', 'aktobe'),
    ('Aqtau', 'aktau'), ('Shevchenko', 'aktau'),
    ('Alma-Ata', 'almaty'), ('Алма-Ата', 'almaty'),
    ('Jezkazgan', 'zhezkazgan'), ('Zhezqazghan', 'zhezkazgan'), ('Dzhezkazgan', 'zhezkazgan'),
    ('Джезказган', 'zhezkazgan'),
    ('Qaraghandy', 'karaganda'), ('Qaragandy', 'karaganda'), ('Karagandy', 'karaganda'),
    ('Kokchetav', 'kokshetau'), ('Кокчетав', 'kokshetau'), ('Köksetau', 'kokshetau'),
    ('Qostanay', 'kostanay'), ('Kustanai', 'kostanay'), ('Kustanay', 'kostanay'), ('Кустанай', 'kostanay'),
    ('Qyzylorda', 'kyzylorda'), ('Kzyl-Orda', 'kyzylorda'), ('Кзыл-Орда', 'kyzylorda'),
    ('Petropavl', 'petropavlovsk'),
    ('Taldyqorghan', 'taldykorgan'), ('Taldy-Kurgan', 'taldykorgan'), ('Талды-Курган', 'taldykorgan'),
    ('Oskemen', 'ust-kamenogorsk'), ('Öskemen', 'ust-kamenogorsk'),
    ('Chimkent', 'shymkent'), ('Чимкент', 'shymkent'), ('Şymkent', 'shymkent'),
    ('Zhambyl', 'taraz'), ('Dzhambul', 'taraz'), ('Джамбул', 'taraz'), ('Aulie-Ata', 'taraz');
