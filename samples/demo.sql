-- The demo: what diplo does with the project's own sample articles.
\pset footer off
CREATE EXTENSION IF NOT EXISTS diplo;
CREATE TEMP TABLE articles (id text, lang text, published date, body text);
\copy articles FROM PROGRAM 'python3 -c "import json,sys,csv; w=csv.writer(sys.stdout); [w.writerow([d[k] for k in (\"id\",\"lang\",\"date\",\"text\")]) for d in map(json.loads, open(\"samples/articles.jsonl\"))]"' WITH (FORMAT csv)

\echo
\echo '== Transliteration: one Russian sentence in every scheme'
SELECT scheme, diplo_translit(split_part(body, E'\n', 1), scheme) AS text
FROM articles, diplo_translit_schemes()
WHERE id = 'sample-ru-2' AND scheme <> 'ru';

\echo
\echo '== Latin back to Russian Cyrillic'
SELECT diplo_translit('Nurlan Onzhanov, Murat Nurtleu, Olzhas Bektenov', 'ru') AS cyrillic;

\echo
\echo '== Russian names in any case, to the nominative, and their keys'
SELECT form, diplo_name_nominative(form) AS nominative, diplo_name_key(form) AS key
FROM (VALUES ('Хосе Мануэлем Альбаресом'), ('Армином Лашетом'), ('Олжаса Бектенова'),
             ('Тедросом Адханомом Гебрейесусом')) v(form);

\echo
\echo '== The same people in the English articles: equal keys'
SELECT latin, diplo_name_key(latin) AS key
FROM (VALUES ('José Manuel Albares'), ('Armin Laschet'), ('Olzhas Bektenov'),
             ('Tedros Adhanom Ghebreyesus'), ('M. Nurtleu')) v(latin);

\echo
\echo '== Ranking Latin candidates for a Russian form'
SELECT latin, round(diplo_name_similarity('Нурланом Онжановым', latin)::numeric, 3) AS similarity
FROM (VALUES ('Nurlan Onzhanov'), ('Murat Nurtleu'), ('Nurlan Nogayev'), ('Armin Laschet')) v(latin)
ORDER BY similarity DESC;

\echo
\echo '== Entities of the sample articles (persons with role and state)'
SELECT a.id, e.surface, e.normal, e.key, e.role, e.state
FROM articles a, diplo_entities(a.body, a.lang, a.published) e
WHERE e.kind = 'person'
ORDER BY a.id, e.start_offset;

\echo
\echo '== Countries, organisations, places and dates'
SELECT a.id, e.kind, string_agg(DISTINCT e.surface || ' [' || e.key || ']', ', ') AS mentions
FROM articles a, diplo_entities(a.body, a.lang, a.published) e
WHERE e.kind <> 'person'
GROUP BY a.id, e.kind ORDER BY a.id, e.kind;

\echo
\echo '== The same people across languages: persons grouped by name key'
SELECT e.key, string_agg(DISTINCT e.normal, ' / ') AS names, string_agg(DISTINCT a.lang, ',') AS languages,
       count(DISTINCT a.id) AS articles
FROM articles a, diplo_entities(a.body, a.lang, a.published) e
WHERE e.kind = 'person'
GROUP BY e.key HAVING count(DISTINCT a.lang) > 1 ORDER BY e.key;

\echo
\echo '== Pages into news items, and the event of each item'
CREATE TEMP TABLE news_items AS
SELECT a.id || '#' || s.ordinal AS item, a.lang, a.published, to_diplo_event(s.item, a.lang, a.published) AS event
FROM articles a, diplo_segments(a.body) s;
SELECT item, event FROM news_items ORDER BY item;

\echo
\echo '== The same event in two languages, found through the GIN index'
CREATE INDEX ON news_items USING gin (event);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT a.item, b.item FROM news_items a JOIN news_items b ON a.event % b.event;
SELECT a.item, b.item AS same_event_in, round(diplo_event_similarity(a.event, b.event)::numeric, 2) AS similarity
FROM news_items a JOIN news_items b ON a.event % b.event AND a.lang < b.lang
ORDER BY a.item;
\echo 'The same ambassador at another event (the Munich round table) stays apart:'
SELECT a.item, b.item, round(diplo_event_similarity(a.event, b.event)::numeric, 2) AS similarity
FROM news_items a JOIN news_items b ON a.event && diplo_event_query(person => 'Нурлан Онжанов')
                                   AND b.event && diplo_event_query(person => 'Nurlan Onzhanov')
                                   AND a.item < b.item
ORDER BY similarity DESC;

\echo
\echo '== Events with a person named in Russian, and events in a country named in Russian'
SELECT item, diplo_event_kind(event) AS kind, diplo_event_date(event) AS date
FROM news_items WHERE event @> diplo_event_query(person => 'Хосе Мануэлем Альбаресом') ORDER BY item;
SELECT item, diplo_event_kind(event) AS kind FROM news_items
WHERE event @> diplo_event_query(host => 'Германии') ORDER BY item;
RESET enable_seqscan;

\echo
\echo '== Groups of items that report the same event (ids must cast to bigint)'
CREATE TEMP TABLE numbered AS SELECT row_number() OVER (ORDER BY item) AS id, item, event FROM news_items;
CREATE INDEX ON numbered USING gin (event);
SELECT g.group_id, string_agg(n.item, ', ' ORDER BY n.item) AS items
FROM diplo_event_groups('numbered', 'id', 'event') g JOIN numbered n ON n.id = g.item_id
GROUP BY g.group_id ORDER BY g.group_id;

\echo
\echo '== Office holders: who held which office on a day, and persons named without a title'
SELECT person, office, title, serves, start_date FROM diplo_office_holders('2024-05-08')
WHERE serves IN ('HU', 'RS') ORDER BY serves, office;
SELECT surface, normal, key, role, state, inferred
FROM diplo_entities('Орбан провел переговоры с Вучичем в Белграде.', 'ru', '2024-05-08') WHERE kind = 'person'
UNION ALL
SELECT surface, normal, key, role, state, inferred
FROM diplo_entities('Tusk met Stubb in Helsinki.', 'en', '2024-03-14') WHERE kind = 'person';
