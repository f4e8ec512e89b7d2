-- diplo_entities and its convenience forms: every kind, both languages, bad input.

-- English: persons with role and state, surname-only and initial mentions,
-- countries and state adjectives, organisations, places, dates
SELECT kind, surface, key, role, state, adjective
FROM diplo_entities(
  'Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign Affairs '
  'of Italy Antonio Tajani in Rome on 3 February 2026. Sembayev briefed A. Tajani on the Kazakh '
  'reforms and on cooperation within the OSCE and the Council of Europe.', 'en', '2026-02-04')
ORDER BY start_offset, kind;

-- Russian: names in oblique cases come back in the nominative with the same
-- keys as their English spellings
SELECT kind, surface, normal, key, role, state
FROM diplo_entities(
  'Посол Казахстана в Италии Ерболат Сембаев встретился в Риме с министром иностранных дел '
  'Италии Антонио Таяни. Стороны обсудили казахстанско-итальянское сотрудничество, '
  'сообщили в МИД РК 4 февраля.', NULL, '2026-02-04')
ORDER BY start_offset, kind;

SELECT (SELECT key FROM diplo_entities('Ambassador Yerbolat Sembayev met the press.') WHERE kind = 'person')
     = (SELECT key FROM diplo_entities('Послом Ерболатом Сембаевым') WHERE kind = 'person') AS same_person_key;

-- offsets are characters: substr() gives the mention back
SELECT bool_and(substr(body, start_offset + 1, end_offset - start_offset) = surface) AS offsets_ok
FROM (SELECT 'Встреча в Астане: «посол» Казахстана Ерлан Карин — 5 мая 2026 года.' AS body) b,
     diplo_entities(b.body);

-- Titles before and after the name, organisation patterns, dates in many forms
SELECT kind, surface, key, role, state
FROM diplo_entities(
  'Kazakh President Kassym-Jomart Tokayev received Rafael Grossi, Director General of the IAEA, '
  'and the Chairman of the Central Election Commission of Kyrgyzstan. The Embassy of Kazakhstan '
  'in Switzerland hosted a round table on March 15, 2026; the next one is planned for October 2026.',
  'en', '2026-03-01')
WHERE kind IN ('person', 'org', 'date')
ORDER BY start_offset;

-- Convenience forms: distinct keys of a kind (for GIN expression indexes) and jsonb
SELECT diplo_entity_keys('Kazakhstan, Spain and the Kingdom of Spain; Казахстан, Испании.', 'country');
SELECT jsonb_array_length(diplo_entities_jsonb('The OSCE met in Vienna on 2 May 2026.', 'en', NULL)) AS n,
       diplo_entities_jsonb('The OSCE met in Vienna on 2 May 2026.', 'en', NULL) -> 0 ->> 'kind' AS first_kind;
CREATE TEMP TABLE articles (id int, body text, published date);
INSERT INTO articles VALUES
  (1, 'Foreign Minister of Kazakhstan Murat Nurtleu visited Madrid.', '2026-01-10'),
  (2, 'Министр иностранных дел Казахстана Мурат Нуртлеу посетил Мадрид.', '2026-01-11'),
  (3, 'The OSCE discussed Central Asia.', '2026-01-12');
CREATE INDEX articles_countries ON articles USING gin (diplo_entity_keys(body, 'country', NULL, published));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE diplo_entity_keys(body, 'country', NULL, published) @> ARRAY['KZ'];
SELECT id FROM articles WHERE diplo_entity_keys(body, 'country', NULL, published) @> ARRAY['KZ'] ORDER BY id;
RESET enable_seqscan;
-- the same person across languages, by key
SELECT count(DISTINCT key) AS persons, count(*) AS mentions
FROM articles, diplo_entities(body, NULL, published) e WHERE e.kind = 'person';

-- Bad input: NULL, empty, white space, unsupported languages, odd Unicode
SELECT count(*) AS null_body FROM diplo_entities(NULL);
SELECT count(*) AS empty_body FROM diplo_entities('');
SELECT count(*) AS blank_body FROM diplo_entities(E' \n\t \n ');
SELECT diplo_entity_keys(NULL, 'person') IS NULL AS null_keys, diplo_entities_jsonb('') AS empty_json;
SELECT count(*) FILTER (WHERE kind = 'person') AS persons_in_chinese
FROM diplo_entities('中华人民共和国外交部部长王毅今天会见了哈萨克斯坦外长。');
SELECT count(*) FILTER (WHERE kind = 'person') AS persons_in_greek
FROM diplo_entities('Ο Υπουργός Εξωτερικών Γιώργος Γεραπετρίτης συναντήθηκε με τον πρέσβη.');
SELECT kind, surface FROM diplo_entities(U&'Ambassador Jose\0301 Albares\2026 met \201CHis Majesty\201D in \00ABMadrid\00BB!!', 'en')
ORDER BY start_offset;
SELECT string_agg(surface, ',') AS zero_width FROM diplo_entities(U&'Visit to Ka\200Bzakh\FEFFstan and \FEFFSpain');
SELECT diplo_entities('x', 'fr');
SELECT diplo_entity_keys('x', 'people');
\set VERBOSITY sqlstate
SELECT diplo_entities('x', 'fr');
SELECT diplo_entity_keys('x', 'people');
\set VERBOSITY default
-- a long article (tens of megabytes) works and can be cancelled
SELECT count(*) AS mentions FROM diplo_entities(repeat('The Ambassador of Kazakhstan to Spain Yerbolat Sembayev met officials in Madrid. ', 20000));
-- Dates in agencies' datelines and digests: abbreviated months, with or without the period;
-- a day and month without a year take the publication's year, or the year before when that
-- would put them more than half a year after publication
SELECT surface, key FROM diplo_entities(
  E'АСТАНА, 12 фев — Sputnik. Встреча прошла 5 сент. 2025 года.\n'
  'ASTANA, Sept. 5 (Kazinform) -- The talks of 28 December were followed by a visit on 15 March.',
  NULL, '2026-02-13') WHERE kind = 'date' ORDER BY start_offset;

CREATE TEMP TABLE huge AS SELECT repeat('Посол Казахстана в Испании встретился с министром в Мадриде. ', 800000) AS body;
SELECT octet_length(body) > 50000000 AS over_50mb FROM huge;
SET statement_timeout = '200ms';
SELECT count(*) FROM huge, diplo_entities(huge.body);
RESET statement_timeout;
