-- The office holders: who held which office on a day, title-less mentions of
-- them in both languages, roles that change with the date, namesakes, the
-- traps of surnames that are common words, and a user's own file.
-- Test sentences are written for this suite.

-- the knowledge base: one office changing hands, one person changing office
SELECT person, office, role, serves, start_date, end_date
FROM diplo_office_holders() WHERE person = 'recep-tayyip-erdogan' ORDER BY start_date;
SELECT person, role FROM diplo_office_holders('2013-06-01') WHERE serves = 'TR' AND office = 'head_of_government';
SELECT person, role FROM diplo_office_holders('2015-06-01') WHERE serves = 'TR' AND office = 'head_of_state';
-- the UN's 195 members and observers have a head of state and a foreign minister on the day
-- the file is current to, but for the few vacancies its header declares
-- (tools/check_office_holders.py checks each state)
SELECT office, count(DISTINCT serves) >= 192 AS nearly_every_state
FROM diplo_office_holders('2026-03-01')
WHERE office IN ('head_of_state', 'foreign_minister') AND length(serves) = 2 GROUP BY office ORDER BY office;
-- bad input: a date that is not finite
SELECT count(*) FROM diplo_office_holders('infinity');

-- a helper: the persons of a text, as the analyst sees them
CREATE FUNCTION persons(body text, lang text, published date)
RETURNS TABLE (surface text, normal text, role text, state text, inferred boolean)
LANGUAGE sql AS $$
  SELECT surface, normal, role, state, inferred FROM diplo_entities(body, lang, published)
  WHERE kind = 'person' ORDER BY start_offset $$;

-- no title at all, in either language, any Russian case
SELECT * FROM persons('Орбан провел переговоры с Вучичем в Белграде.', 'ru', '2024-05-08');
SELECT * FROM persons('Tusk met Stubb in Helsinki to discuss security in the Baltic.', 'en', '2024-03-14');
SELECT * FROM persons('Токаев и Мирзиёев обсудили водные ресурсы Центральной Азии.', 'ru', '2023-09-15');
-- the text's title wins; the state it leaves out comes from the office
SELECT * FROM persons('President Ramaphosa met Abdelmadjid Tebboune in Algiers.', 'en', '2023-10-12');
-- the family name first: the surname is the family name, in both scripts
SELECT * FROM persons('Премьер Госсовета КНР Ли Цян провел переговоры в Пекине.', 'ru', '2024-06-20');
SELECT diplo_name_key('Ли Цян') = diplo_name_key('Li Qiang') AS same_key,
       diplo_name_key('Li Qiang') LIKE diplo_name_key('Li') || '.%' AS family_name_is_surname;
SELECT diplo_name_key('Фам Минь Тинь') = diplo_name_key('Phạm Minh Chính') AS vietnamese_same_key;
-- the particles belong to the surname
SELECT surface FROM diplo_entities('Ursula von der Leyen and von der Leyen''s team arrived in Kyiv.', 'en', '2023-05-09')
WHERE kind = 'person' ORDER BY start_offset;

-- the date decides the office: the text's own date, else the publication date
SELECT * FROM persons('Erdoğan received the delegation in Ankara.', 'en', '2013-04-02');
SELECT * FROM persons('Erdoğan received the delegation in Ankara.', 'en', '2016-04-02');
SELECT * FROM persons('Ankara, 2 April 2016. Erdoğan received the delegation.', 'en', NULL);
-- a surname-only mention keys as the full name, across scripts
SELECT count(DISTINCT key) AS keys
FROM (SELECT key FROM diplo_entities('Lavrov met reporters.', 'en', '2022-03-01') WHERE kind = 'person'
      UNION ALL SELECT key FROM diplo_entities('Сергей Лавров прибыл в Анкару.', 'ru', '2022-03-01') WHERE kind = 'person'
      UNION ALL SELECT key FROM diplo_entities('Лаврова встретили в аэропорту.', 'ru', '2022-03-01') WHERE kind = 'person') k;

-- namesakes: father and son, one office, the date tells them apart
SELECT published, surface, normal, role, state
FROM (VALUES (date '2002-06-01'), (date '2010-06-01')) d(published),
     LATERAL persons('Aliyev opened the new pipeline in Baku.', 'en', published);

-- traps: surnames that are common words are no persons without more evidence
SELECT * FROM persons('The tariff was a Trump card in the negotiations. Trump cards win games.', 'en', '2025-03-01');
SELECT * FROM persons('Bush fires spread across the region. Bush land burned.', 'en', '2004-01-10');
SELECT * FROM persons('The summit opened on 12 May in London. May brings the rains.', 'en', '2017-05-13');
SELECT * FROM persons('Свобода слова важна для всех, заявили в парламенте.', 'ru', '2004-05-01');
SELECT * FROM persons('Дуда, волынка и скрипка звучали на празднике.', 'ru', '2020-08-01');
-- a headline's capitals say nothing, but a known surname that is no common word still counts
SELECT * FROM persons(E'Orbán Holds Talks With Vučić In Belgrade\nThe two leaders discussed energy.', 'en', '2024-05-08');
-- ... but they are with a title or the full name
SELECT * FROM persons('President Donald Trump said the tariffs would stay. Trump added that talks go on.', 'en', '2025-03-01');
-- and a known surname long out of office is nobody without a title
SELECT * FROM persons('Blair arrived in Rome.', 'en', '2024-01-01');

-- the participants of an event carry the inferred roles
SELECT diplo_event_kind(e), e::jsonb -> 'persons' AS persons
FROM to_diplo_event('Орбан провел переговоры с Вучичем в Белграде.', 'ru', '2024-05-08') e;

-- a user's own office holders: a file named by diplo.office_holders_file (superuser only),
-- read by new calls without rebuilding the extension
SET client_min_messages = warning;
-- (the file starts with the header line of office_holders.tsv)
DO $$
DECLARE path text := current_setting('data_directory') || '/diplo_test_holders.tsv';
BEGIN
  EXECUTE format($f$COPY (SELECT 'person' AS person, 'key' AS key, 'name_en' AS name_en, 'surname_en' AS surname_en, 'name_ru' AS name_ru,
                                 'surname_ru' AS surname_ru, 'variants' AS variants, 'office' AS office, 'title' AS title,
                                 'role' AS role, 'serves' AS serves, 'start' AS start, 'end' AS end
                          UNION ALL SELECT 'nurlan-testbayev', '', 'Nurlan Testbayev', 'Testbayev', 'Нурлан Тестбаев', 'Тестбаев',
                                 '', 'org_head', 'Executive Director', 'head_of_organization', 'cica', '2026-01-01', '')
                    TO %L$f$, path);
  EXECUTE format('SET diplo.office_holders_file = %L', path);
END $$;
RESET client_min_messages;
-- (an empty key column: diplo computes the key)
SELECT person, name_ru, key = diplo_name_key('Nurlan Testbayev') AS keyed, role, serves
FROM diplo_office_holders('2026-06-01') WHERE person = 'nurlan-testbayev';
SELECT * FROM persons('Тестбаева встретили в Астане.', 'ru', '2026-06-01');
RESET diplo.office_holders_file;
SELECT count(*) FROM diplo_office_holders() WHERE person = 'nurlan-testbayev';
-- bad settings: a relative path, a missing file
SET diplo.office_holders_file = 'holders.tsv';
SET diplo.office_holders_file = '/nonexistent/holders.tsv';
SELECT count(*) FROM diplo_office_holders();
RESET diplo.office_holders_file;
