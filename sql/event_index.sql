-- The GIN operator class of diplo_event: an index scan returns exactly what a
-- sequential scan returns, for %, @> and &&, at several thresholds.
\pset null '(null)'
SET max_parallel_workers_per_gather = 0;

-- 3,000 events: groups of three reports of one event (one without a date, one
-- without a host, one missing a person), the same persons at other events.
CREATE TEMP TABLE ev_t (id int, ev diplo_event);
WITH f AS (
  SELECT i, g,
         (ARRAY['meeting', 'call', 'visit', 'other'])[1 + g % 4] AS kind,
         (ARRAY['ES', 'IT', 'JP', 'DE', 'FR', 'US', 'CN', 'TR'])[1 + (g * 7) % 8] AS host,
         date '2026-01-01' + (g * 5) % 120 + i % 2 AS day,
         'p' || (g * 13) % 250 || '.a' AS p1,
         'q' || (g * 29) % 400 || '.b' AS p2,
         'e' || g % 6 || '.c' AS envoy
  FROM generate_series(0, 2999) i, LATERAL (SELECT i / 3 AS g) x)
INSERT INTO ev_t
SELECT i, concat_ws(' ',
         'kind=' || kind,
         CASE WHEN i % 5 <> 0 THEN 'date=' || to_char(day, 'YYYY-MM-DD') END,
         CASE WHEN i % 7 <> 0 THEN 'host=' || host END,
         'home=KZ',
         'persons={' || concat_ws(',', p1 || ':minister@' || host, CASE WHEN i % 3 <> 2 THEN p2 END,
                                  envoy || ':ambassador@KZ') || '}',
         'countries={KZ,' || host || '}',
         CASE WHEN g % 4 = 0 THEN 'orgs={un,kz-ministry-foreign-affairs}' END,
         'topics={' || (ARRAY['trade', 'energy', 'culture', 'security'])[1 + g % 4] || '}')::diplo_event
FROM f;
CREATE INDEX ev_t_gin ON ev_t USING gin (ev);
ANALYZE ev_t;

-- the operator class is complete and valid
SELECT amvalidate(oid) FROM pg_opclass WHERE opcname = 'diplo_event_ops';

CREATE TEMP TABLE queries (qid serial, op text, q diplo_event);
INSERT INTO queries (op, q)
  SELECT '%', ev FROM ev_t WHERE id % 30 IN (0, 13) UNION ALL
  SELECT '%', q::diplo_event FROM unnest(ARRAY['', 'host=ES', 'date=2026-02-01', 'persons={e1.c}',
                                               'persons={p5.a} date=2026-01-10', 'topics={trade}']) q;
INSERT INTO queries (op, q)
  SELECT '@>', ('persons={p' || k || '.a}')::diplo_event FROM generate_series(0, 29) k UNION ALL
  SELECT '@>', q::diplo_event FROM unnest(ARRAY['', 'host=ES', 'host=IT topics={trade}', 'countries={KZ}',
                                               'orgs={un} countries={JP}', 'persons={p5.a,q7.b}',
                                               'persons={zz.z}', 'topics={energy} host=ES']) q;
INSERT INTO queries (op, q)
  SELECT '&&', ('persons={q' || k || '.b,e' || k % 6 || '.c}')::diplo_event FROM generate_series(0, 19) k UNION ALL
  SELECT '&&', q::diplo_event FROM unnest(ARRAY['', 'countries={XX}', 'topics={energy}', 'orgs={un}',
                                               'host=ES']) q;

-- the index is used
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev_t WHERE ev % 'persons={p5.a}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev_t WHERE ev @> 'persons={p5.a}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev_t WHERE ev && 'persons={p5.a}';
RESET enable_seqscan;

-- every query, by sequential scan and by the index; dynamic SQL so that each
-- run is planned under its own settings
CREATE TEMP TABLE runs (mode text, threshold real, qid int, ids int[]);
DO $$
DECLARE
  th real;
  mode text;
  r record;
BEGIN
  FOREACH th IN ARRAY ARRAY[0, 0.3, 0.5, 0.6, 0.8, 1]::real[] LOOP
    PERFORM set_config('diplo.event_similarity_threshold', th::text, true);
    FOREACH mode IN ARRAY ARRAY['seqscan', 'index'] LOOP
      PERFORM set_config('enable_seqscan', CASE mode WHEN 'seqscan' THEN 'on' ELSE 'off' END, true);
      PERFORM set_config('enable_bitmapscan', CASE mode WHEN 'seqscan' THEN 'off' ELSE 'on' END, true);
      FOR r IN SELECT * FROM queries WHERE op = '%' OR th::numeric = 0.6 LOOP
        EXECUTE format('INSERT INTO runs SELECT %L, %s, %s, coalesce(array_agg(id ORDER BY id), ''{}'')
                        FROM ev_t WHERE ev %s %L::diplo_event', mode, th, r.qid, r.op, r.q::text);
      END LOOP;
    END LOOP;
  END LOOP;
END $$;

-- no query differs; and the queries do find things
SELECT q.op, s.threshold, count(*) AS queries,
       count(*) FILTER (WHERE s.ids IS DISTINCT FROM i.ids) AS differing,
       sum(cardinality(s.ids)) AS rows_found,
       count(*) FILTER (WHERE cardinality(s.ids) > 0) AS queries_with_rows
FROM runs s JOIN runs i USING (qid, threshold) JOIN queries q USING (qid)
WHERE s.mode = 'seqscan' AND i.mode = 'index'
GROUP BY q.op, s.threshold ORDER BY q.op, s.threshold;

-- the same-event groups of a table, through the index: every % pair within
-- one group, and every group held together by % pairs
CREATE TEMP TABLE groups AS SELECT * FROM diplo_event_groups('ev_t', 'id', 'ev');
SELECT count(DISTINCT group_id) AS groups, count(*) AS items_in_groups,
       (SELECT count(*) FROM ev_t a JOIN ev_t b ON a.id < b.id AND a.ev % b.ev
          LEFT JOIN groups ga ON ga.item_id = a.id LEFT JOIN groups gb ON gb.item_id = b.id
         WHERE ga.group_id IS DISTINCT FROM gb.group_id) AS pairs_split
FROM groups;
SELECT count(*) AS lone_items_in_groups
FROM groups g WHERE NOT EXISTS (SELECT 1 FROM ev_t a, ev_t b, groups h
                                WHERE a.id = g.item_id AND b.id = h.item_id AND h.group_id = g.group_id
                                  AND b.id <> a.id AND a.ev % b.ev);
SELECT * FROM diplo_event_groups('ev_t', 'no_such_column', 'ev');
