-- diplo_event: building from news items, text and binary I/O, jsonb, query
-- constructors, similarity and operators; bad input.
\pset null '(null)'

-- The same event in English and Russian, the same envoy at another event,
-- other people in another country.
CREATE TEMP TABLE items (id int, lang text, published date, body text);
INSERT INTO items VALUES
 (1, 'en', '2026-04-15', 'Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign Affairs of Italy Antonio Tajani in Rome on 14 April. They discussed trade and energy.'),
 (2, 'ru', '2026-04-16', 'В Италии посол Казахстана Ерболат Сембаев встретился в Риме с министром иностранных дел Италии Антонио Таяни 14 апреля. Стороны обсудили торговлю и энергетику.'),
 (3, 'en', '2026-04-03', 'Ambassador of Kazakhstan to Italy Yerbolat Sembayev spoke at a round table with Italian experts Marco Rossi and Giulia Bianchi in Milan on 2 April.'),
 (4, 'en', '2026-04-15', 'Ambassador of Kazakhstan to Japan Yerlan Baudarbek-Kozhatayev met the Governor of Osaka Hirofumi Yoshimura on 14 April.');
ALTER TABLE items ADD COLUMN ev diplo_event;
UPDATE items SET ev = to_diplo_event(body, lang, published);
SELECT id, ev FROM items ORDER BY id;

-- similarity of every pair; % at the default threshold
SHOW diplo.event_similarity_threshold;
SELECT a.id AS a, b.id AS b, round(diplo_event_similarity(a.ev, b.ev)::numeric, 2) AS similarity,
       a.ev % b.ev AS same_event
FROM items a JOIN items b ON a.id < b.id ORDER BY a.id, b.id;
-- symmetric, and each item the same event as itself
SELECT bool_and(diplo_event_similarity(a.ev, b.ev) = diplo_event_similarity(b.ev, a.ev)) AS symmetric,
       bool_and(a.ev % a.ev) AS self_same
FROM items a, items b;
-- what a similarity is made of: the model's features of the pair
SELECT key, value FROM items a, items b, jsonb_each(diplo_event_evidence(a.ev, b.ev))
WHERE a.id = 1 AND b.id = 2 AND value::text <> '0' ORDER BY key;
SELECT diplo_event_evidence(NULL, 'kind=call') IS NULL AS strict;

-- text round trip, any field order, normalised lists
SELECT bool_and(ev::text::diplo_event::text = ev::text) AS round_trip FROM items;
SELECT ' topics={trade,trade}  persons={b.b, a.a:minister@es} kind=call home=kz '::diplo_event;
SELECT ''::diplo_event AS empty;

-- binary round trip through send/recv
CREATE TEMP TABLE bin AS SELECT id, ev FROM items;
\copy bin TO '/tmp/diplo_events.bin' WITH (FORMAT binary)
CREATE TEMP TABLE bin2 (id int, ev diplo_event);
\copy bin2 FROM '/tmp/diplo_events.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, bool_and(a.ev::text = b.ev::text) AS same FROM bin a JOIN bin2 b USING (id);

-- jsonb for BI tools, and the accessors
SELECT jsonb_pretty(ev::jsonb) FROM items WHERE id = 2;
SELECT id, diplo_event_kind(ev) AS kind, diplo_event_date(ev) AS date, ev::jsonb->>'host' AS host
FROM items ORDER BY id;

-- queries: a person in either script and any case, a host country, a topic
SELECT diplo_event_query(person => 'Сембаевым Ерболатом') AS person_ru,
       diplo_event_query(person => 'Yerbolat Sembayev') AS person_en,
       diplo_event_query(host => 'Италии', topic => 'энергетика', org => 'ООН', country => 'Japan') AS mixed;
SELECT id FROM items WHERE ev @> diplo_event_query(person => 'Ерболат Сембаев') ORDER BY id;
SELECT id FROM items WHERE ev @> diplo_event_query(host => 'Italy', topic => 'trade') ORDER BY id;
SELECT id FROM items WHERE ev && diplo_event_query(country => 'JP') ORDER BY id;
SELECT a.id, b.id AS contained FROM items a JOIN items b ON b.ev <@ a.ev ORDER BY 1, 2;

-- the threshold is a setting in [0, 1]
SET diplo.event_similarity_threshold = 0.95;
SELECT count(*) AS pairs_at_095 FROM items a JOIN items b ON a.id < b.id AND a.ev % b.ev;
RESET diplo.event_similarity_threshold;
SET diplo.event_similarity_threshold = 1.5;
SET diplo.event_similarity_threshold = -0.1;
SET diplo.no_such_setting = 1;

-- bad input: NULL, empty and entity-less items, a language, huge items
SELECT to_diplo_event(NULL) IS NULL AS null_item, to_diplo_event('') AS empty_item,
       to_diplo_event('the weather was fine') AS no_entities,
       diplo_event_similarity(to_diplo_event(''), to_diplo_event('')) AS empty_similarity;
SELECT to_diplo_event('x', 'fr');
SELECT diplo_event_kind(to_diplo_event(repeat('Ambassador of Kazakhstan to Spain Danat Mussayev met Senator Ana Lopez in Madrid. ', 5000), 'en', '2026-03-01')) AS huge_kind,
       length(to_diplo_event(repeat('Посол Казахстана встретился с министром. ', 20000), 'ru')::text) > 0 AS huge_ok;
SELECT diplo_event_query(person => 'Олжас') IS NOT NULL AS given_name_only;
SELECT diplo_event_query(person => '12345');
SELECT diplo_event_query(host => 'Atlantis');
SELECT diplo_event_query(topic => 'gardening');
SELECT diplo_event_query(org => 'no org here!');

-- page furniture adds nothing to the event: a site menu (its sections are topic words), a byline,
-- a photo credit, share buttons, related headlines naming other people
WITH item(body) AS (VALUES ('Tokayev held talks with Xi Jinping in Astana on 2 July 2024. The leaders discussed '
                            'transit along the Middle Corridor.')),
page(body) AS (SELECT E'Home | World | Politics | Economy | Energy | Sport\nLanguage: EN | RU\n' || body ||
                      E'\nBy Aigerim Saparova\nPhoto: Akorda\nShare: Facebook | X | Telegram\n'
                      'Related news: Mirziyoyev to visit Bishkek | Lavrov meets Fidan in Antalya' FROM item)
SELECT (SELECT to_diplo_event(body, 'en', NULL)::text FROM item) = (SELECT to_diplo_event(body, 'en', NULL)::text FROM page)
       AS furniture_adds_nothing,
       (SELECT to_diplo_event(body, 'en', NULL)::text FROM page) AS event;
WITH item(body) AS (VALUES ('Токаев провел переговоры с Си Цзиньпином в Астане 2 июля 2024 года. Стороны обсудили '
                            'транзит по Среднему коридору.')),
page(body) AS (SELECT E'Главная | Новости | Политика | Экономика | Энергетика\nЯзык: RU | EN\n' || body ||
                      E'\nАвтор: Айгерим Сапарова\nФото: Акорда\nПоделиться: ВКонтакте | Telegram\n'
                      'Читайте также: Мирзиёев посетит Бишкек | Лавров встретился с Фиданом' FROM item)
SELECT (SELECT to_diplo_event(body, 'ru', NULL)::text FROM item) = (SELECT to_diplo_event(body, 'ru', NULL)::text FROM page)
       AS furniture_adds_nothing;

-- the event's date: the text's own, else a relative word from the dateline or the publication
-- date ("вчера", "on Tuesday"), else the publication date; a day and month with no year anywhere
-- stay a day and month (date=--02-12), compared as such
SELECT to_diplo_event('Президент провел вчера переговоры с Эрдоганом в Анкаре.', 'ru', '2024-05-08')::text;
SELECT to_diplo_event('On Tuesday Tokayev received Fidan in Astana.', 'en', '2024-05-09')::text;
SELECT to_diplo_event('АСТАНА, 12 фев — Sputnik. Накануне Токаев принял Фидана.', 'ru', NULL)::text;
SELECT round(diplo_event_similarity(to_diplo_event('АСТАНА, 12 фев — Sputnik. Накануне Токаев принял Фидана.', 'ru', NULL),
                                    to_diplo_event('Tokayev received Fidan in Astana on 11 February 2025.', 'en', NULL))::numeric, 2)
       AS same_day_and_month,
       round(diplo_event_similarity(to_diplo_event('АСТАНА, 12 фев — Sputnik. Накануне Токаев принял Фидана.', 'ru', NULL),
                                    to_diplo_event('Tokayev received Fidan in Astana on 11 June 2025.', 'en', NULL))::numeric, 2)
       AS months_apart;
SELECT 'kind=call date=--02-12 host=KZ'::diplo_event::text AS yearless, 'date=--02-12'::diplo_event::jsonb -> 'date' AS json_date;
SELECT 'date=--02-30'::diplo_event;

-- an announcement and the event it announces are two events: the lead's tense (data/tense.tsv)
SELECT to_diplo_event('Президент Узбекистана посетит Туркменистан с государственным визитом 13-14 мая.', 'ru', '2025-05-08')::text;
SELECT round(diplo_event_similarity(
         to_diplo_event('President Mirziyoyev will pay a state visit to Turkmenistan on 13-14 May.', 'en', '2025-05-08'),
         to_diplo_event('On 13 May President Mirziyoyev held talks with President Serdar Berdimuhamedov in Ashgabat.', 'en', '2025-05-13'))::numeric, 2)
       AS announcement_and_visit,
       round(diplo_event_similarity(
         to_diplo_event('On 13 May President Mirziyoyev held talks with President Serdar Berdimuhamedov in Ashgabat.', 'en', '2025-05-13'),
         to_diplo_event('13 мая Шавкат Мирзиёев провел переговоры с Сердаром Бердымухамедовым в Ашхабаде.', 'ru', '2025-05-14'))::numeric, 2)
       AS the_visit_twice;
SELECT 'kind=visit tense=planned date=2025-05-13'::diplo_event::text, 'tense=later'::diplo_event;

-- what happened (data/concepts.tsv): the same two people at another occasion are another event.
-- Two reports of one call (English, Russian), the same leaders' call weeks later on condolences,
-- their talks in Baku, and the signing of agreements the day after the talks (these last two
-- are still taken for one event: a known limit, the actions weigh little against the rest).
CREATE TEMP TABLE occasions (id int, lang text, published date, body text);
INSERT INTO occasions VALUES
 (1, 'en', '2025-03-04', 'President of Kazakhstan Kassym-Jomart Tokayev held a telephone conversation with President of Azerbaijan Ilham Aliyev on 3 March and congratulated him on his birthday.'),
 (2, 'ru', '2025-03-04', 'Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Азербайджана Ильхамом Алиевым 3 марта и поздравил его с днем рождения.'),
 (3, 'ru', '2025-04-02', 'Касым-Жомарт Токаев в телефонном разговоре с Ильхамом Алиевым выразил соболезнования в связи с жертвами землетрясения 1 апреля.'),
 (4, 'en', '2025-04-02', 'Kassym-Jomart Tokayev offered condolences to Ilham Aliyev over the victims of the earthquake in a phone call on 1 April.'),
 (5, 'en', '2025-05-20', 'Kassym-Jomart Tokayev and Ilham Aliyev held talks in Baku on 19 May on the Middle Corridor and the Trans-Caspian International Transport Route.'),
 (6, 'ru', '2025-05-21', 'В Баку 20 мая в присутствии Касым-Жомарта Токаева и Ильхама Алиева подписаны меморандум о взаимопонимании и дорожная карта по Среднему коридору.');
ALTER TABLE occasions ADD COLUMN ev diplo_event;
UPDATE occasions SET ev = to_diplo_event(body, lang, published);
SELECT id, diplo_event_jsonb(ev) -> 'concepts' AS concepts FROM occasions ORDER BY id;
SELECT a.id AS a, b.id AS b, a.ev % b.ev AS same_event
FROM occasions a JOIN occasions b ON a.id < b.id ORDER BY a.id, b.id;

-- malformed literals: 22P02 and where
\set VERBOSITY default
SELECT 'kind=party'::diplo_event;
SELECT 'kind=call kind=call'::diplo_event;
SELECT 'date=2026-02-30'::diplo_event;
SELECT 'persons={a b}'::diplo_event;
SELECT 'host=ESP'::diplo_event;
SELECT 'colour=red'::diplo_event;
SELECT 'orgs={un'::diplo_event;
SELECT 'kind'::diplo_event;
SELECT 'topics={Ünïcödé}'::diplo_event;
SELECT ('orgs={' || repeat('x', 65) || '}')::diplo_event;
\set VERBOSITY terse
DO $$ BEGIN PERFORM 'kind=party'::diplo_event; EXCEPTION WHEN invalid_text_representation THEN RAISE NOTICE 'SQLSTATE 22P02'; END $$;
