-- diplo 1.0: the SQL API, top to bottom.
\echo Use "CREATE EXTENSION diplo" to load this file. \quit

-- Transliteration -----------------------------------------------------------
-- Schemes: kz (Kazakhstan's official romanisation of names), bgn (BGN/PCGN
-- Russian), iso9 (ISO 9:1995), gost779 (GOST 7.79-2000 System B), icao (ICAO
-- Doc 9303, Russian passports), and ru (Latin to Russian Cyrillic).  Only the
-- letters of the source script change; everything else passes unchanged.
-- IMMUTABLE: the rules are data files installed with the extension; after
-- changing them, REINDEX the expression indexes that use these functions.

CREATE FUNCTION diplo_translit(body text, scheme text DEFAULT 'kz')
RETURNS text
AS 'MODULE_PATHNAME', 'diplo_translit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION diplo_translit(text, text) IS
'transliterates Cyrillic to Latin (schemes kz, bgn, iso9, gost779, icao) or Latin to Russian Cyrillic (ru)';

CREATE FUNCTION diplo_translit_schemes(OUT scheme text, OUT description text)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  VALUES ('kz', 'Cyrillic to Latin as Kazakhstan''s state bodies write names (Мусаев -> Mussayev)'),
         ('bgn', 'Cyrillic to Latin, BGN/PCGN romanisation of Russian (ICU Russian-Latin/BGN)'),
         ('iso9', 'Cyrillic to Latin, ISO 9:1995, one letter for one letter, with diacritics'),
         ('gost779', 'Cyrillic to Latin, GOST 7.79-2000 System B (ASCII)'),
         ('icao', 'Cyrillic to Latin, ICAO Doc 9303 as in Russian passports'),
         ('ru', 'Latin to Russian Cyrillic, for romanised Russian and Kazakh names (Mussayev -> Мусаев)')
$$;

-- Person names --------------------------------------------------------------

-- A Russian personal name in any grammatical case, back to the nominative:
-- 'Сергею Лаврову' -> 'Сергей Лавров'.  Words in other scripts pass unchanged.
CREATE FUNCTION diplo_name_nominative(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'diplo_name_nominative'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- A short key, equal for the spellings of one person in either script, any
-- case, either word order, with or without diacritics; NULL for input with
-- no letters.  'Сергеем Лавровым', 'Sergey Lavrov', 'S. Lavrov' -> 'lvrv.s'.
CREATE FUNCTION diplo_name_key(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'diplo_name_key'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Similarity of two names in [0, 1], robust to the same variations, for
-- ranking candidates.
CREATE FUNCTION diplo_name_similarity(a text, b text)
RETURNS float4
AS 'MODULE_PATHNAME', 'diplo_name_similarity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Entities ------------------------------------------------------------------
-- One row per mention in an article: persons (with role and the state they
-- serve), countries (state adjectives flagged), organisations, places and
-- dates.  Offsets are in characters, end exclusive:
-- substr(body, start_offset + 1, end_offset - start_offset) is the mention.
-- key: ISO 3166 alpha-2 for countries, ISO 8601 for dates, diplo_name_key for
-- persons, a slug for organisations and places.  lang NULL: detected;
-- published: the year of dates that give none.

CREATE FUNCTION diplo_entities(body text, lang text DEFAULT NULL, published date DEFAULT NULL,
                               OUT kind text, OUT start_offset int, OUT end_offset int,
                               OUT surface text, OUT normal text, OUT key text,
                               OUT role text, OUT state text, OUT adjective boolean,
                               OUT inferred boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'diplo_entities'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 50;

-- The distinct keys of one kind, sorted: for a GIN expression index, e.g.
-- CREATE INDEX ON articles USING gin (diplo_entity_keys(body, 'country', lang, published));
CREATE FUNCTION diplo_entity_keys(body text, kind text, lang text DEFAULT NULL, published date DEFAULT NULL)
RETURNS text[]
AS 'MODULE_PATHNAME', 'diplo_entity_keys'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- All mentions as one jsonb array, for BI tools and APIs.
CREATE FUNCTION diplo_entities_jsonb(body text, lang text DEFAULT NULL, published date DEFAULT NULL)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(jsonb_agg(to_jsonb(e) ORDER BY e.start_offset, e.kind), '[]'::jsonb)
  FROM diplo_entities(body, lang, published) e
$$;

-- Office holders ------------------------------------------------------------
-- Who held which office (head of state, head of government, foreign minister,
-- foreign-ministry spokesperson, head of an international organisation) from
-- which day to which: data/office_holders.tsv, plus the file named by the
-- setting diplo.office_holders_file.  NULL `at`: every term; a date: the
-- terms covering it.  end_date is NULL while in office.

CREATE FUNCTION diplo_office_holders(at date DEFAULT NULL,
                                     OUT person text, OUT name_en text, OUT name_ru text,
                                     OUT key text, OUT office text, OUT title text,
                                     OUT role text, OUT serves text,
                                     OUT start_date date, OUT end_date date)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'diplo_office_holders'
LANGUAGE C STABLE PARALLEL SAFE ROWS 1000;

-- News items ----------------------------------------------------------------
-- A stored page cut into its news items: a digest gives one item per
-- paragraph, a page of press releases one per title, "relevant news" one per
-- date header; navigation and copyright lines belong to no item.
-- substr(page, start_offset + 1, end_offset - start_offset) = item.

CREATE FUNCTION diplo_segments(page text, OUT ordinal int, OUT start_offset int,
                               OUT end_offset int, OUT item text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'diplo_segments'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;

-- Events --------------------------------------------------------------------
-- diplo_event: what identifies the real-world event a news item reports.
-- Its text form reads (fields in this order, empty ones left out):
--   kind=meeting date=2026-04-14 host=IT place=rome home=KZ
--   persons={smbf.a:ambassador@KZ,tjn.a:minister@IT} countries={IT,KZ}
--   orgs={un} topics={energy,trade}
-- kind: meeting, briefing, roundtable, call, credentials, visit, statement or
-- other; date: the first the item gives, else its publication date; host:
-- the country it took place in; home: the state whose news it is (its
-- envoys attend many events and weigh less); persons: name key, role and
-- the state served; topics: ids of data/topics.tsv, whatever the language.

CREATE TYPE diplo_event;

CREATE FUNCTION diplo_event_in(cstring) RETURNS diplo_event
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_out(diplo_event) RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_recv(internal) RETURNS diplo_event
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_send(diplo_event) RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE diplo_event (
  INPUT = diplo_event_in, OUTPUT = diplo_event_out,
  RECEIVE = diplo_event_recv, SEND = diplo_event_send,
  INTERNALLENGTH = VARIABLE, STORAGE = extended
);

-- The event of one news item (a row of diplo_segments, or a whole article).
-- Named like to_tsvector: diplo_event('...') would be a cast of a literal.
CREATE FUNCTION to_diplo_event(item text, lang text DEFAULT NULL, published date DEFAULT NULL)
RETURNS diplo_event
AS 'MODULE_PATHNAME', 'diplo_event_from_item'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- A value to search with: ev @> diplo_event_query(person => 'Сергей Лавров'),
-- ev @> diplo_event_query(host => 'Испания').  Names in either script and any
-- case; countries as names or ISO codes; organisations as names or keys;
-- topics as a word or a topic id.
CREATE FUNCTION diplo_event_query(person text DEFAULT NULL, host text DEFAULT NULL,
                                  country text DEFAULT NULL, org text DEFAULT NULL,
                                  topic text DEFAULT NULL)
RETURNS diplo_event
AS 'MODULE_PATHNAME', 'diplo_event_query'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION diplo_event_jsonb(diplo_event) RETURNS jsonb
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (diplo_event AS jsonb) WITH FUNCTION diplo_event_jsonb(diplo_event) AS ASSIGNMENT;

CREATE FUNCTION diplo_event_kind(diplo_event) RETURNS text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_date(diplo_event) RETURNS date
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- How alike two events are, in [0, 1], whatever the languages of their items:
-- a logistic model (weights in data/event_model.tsv, fitted on labelled
-- pairs by bench/fit_event_model.py) over shared participants (by name key),
-- host, countries, organisations (the home state's own bodies left out),
-- topics, the distance of the dates (or that one is unknown), kind, tense,
-- and the actions, occasions, subjects and ordinals of concepts.tsv.  Items
-- that share no person, host, country, organisation or topic score 0.
CREATE FUNCTION diplo_event_similarity(a diplo_event, b diplo_event) RETURNS float4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- What the similarity of a pair is made of: each feature of the model and its
-- value in [0, 1] ({"persons": 1, "date_same": 1, "actions_apart": 0, ...}).
CREATE FUNCTION diplo_event_evidence(a diplo_event, b diplo_event) RETURNS jsonb
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- a % b: similarity >= diplo.event_similarity_threshold (a GUC, default 0.6).
-- STABLE: it reads the setting.
CREATE FUNCTION diplo_event_similar(diplo_event, diplo_event) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_contains(diplo_event, diplo_event) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_contained(diplo_event, diplo_event) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_overlaps(diplo_event, diplo_event) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR % (LEFTARG = diplo_event, RIGHTARG = diplo_event, PROCEDURE = diplo_event_similar,
                   COMMUTATOR = '%', RESTRICT = contsel, JOIN = contjoinsel);
-- a @> b: b's persons, countries, organisations and topics are all a's, and
-- b's host, when it has one, is a's.  a && b: they share one of them.
CREATE OPERATOR @> (LEFTARG = diplo_event, RIGHTARG = diplo_event, PROCEDURE = diplo_event_contains,
                    COMMUTATOR = '<@', RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR <@ (LEFTARG = diplo_event, RIGHTARG = diplo_event, PROCEDURE = diplo_event_contained,
                    COMMUTATOR = '@>', RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR && (LEFTARG = diplo_event, RIGHTARG = diplo_event, PROCEDURE = diplo_event_overlaps,
                    COMMUTATOR = '&&', RESTRICT = contsel, JOIN = contjoinsel);

-- GIN: CREATE INDEX ON items USING gin (event);  serves %, @> and &&.
CREATE FUNCTION diplo_event_gin_extract_value(diplo_event, internal) RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_gin_extract_query(diplo_event, internal, int2, internal, internal,
                                              internal, internal) RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_gin_consistent(internal, int2, diplo_event, int4, internal, internal,
                                           internal, internal) RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION diplo_event_gin_triconsistent(internal, int2, diplo_event, int4, internal, internal,
                                              internal) RETURNS "char"
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS diplo_event_ops DEFAULT FOR TYPE diplo_event USING gin AS
  OPERATOR 1 % (diplo_event, diplo_event),
  OPERATOR 3 && (diplo_event, diplo_event),
  OPERATOR 7 @> (diplo_event, diplo_event),
  FUNCTION 1 btint4cmp(int4, int4),
  FUNCTION 2 diplo_event_gin_extract_value(diplo_event, internal),
  FUNCTION 3 diplo_event_gin_extract_query(diplo_event, internal, int2, internal, internal,
                                           internal, internal),
  FUNCTION 4 diplo_event_gin_consistent(internal, int2, diplo_event, int4, internal, internal,
                                        internal, internal),
  FUNCTION 6 diplo_event_gin_triconsistent(internal, int2, diplo_event, int4, internal, internal,
                                           internal),
  STORAGE int4;

-- The groups of items that report the same event: for a table with an id
-- (castable to bigint) and a diplo_event column, every item that is % to
-- another, with the smallest id of its group as group_id (groups are the
-- connected components of the % pairs, found through the GIN index).
--   SELECT * FROM diplo_event_groups('news_items', 'id', 'event');
CREATE FUNCTION diplo_event_groups(items regclass, id_column name DEFAULT 'id',
                                   event_column name DEFAULT 'event')
RETURNS TABLE (group_id bigint, item_id bigint)
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  CREATE TEMP TABLE diplo_event_pairs (a bigint, b bigint);
  EXECUTE format('INSERT INTO pg_temp.diplo_event_pairs
                  SELECT x.%1$I::bigint, y.%1$I::bigint FROM %2$s x JOIN %2$s y
                    ON x.%3$I %% y.%3$I AND x.%1$I::bigint < y.%1$I::bigint',
                 id_column, items, event_column);
  -- each item takes the smallest id it reaches, until nothing changes
  CREATE TEMP TABLE diplo_event_labels (item bigint PRIMARY KEY, label bigint);
  INSERT INTO pg_temp.diplo_event_labels
    SELECT i, i FROM (SELECT a FROM pg_temp.diplo_event_pairs UNION SELECT b FROM pg_temp.diplo_event_pairs) s(i);
  LOOP
    UPDATE pg_temp.diplo_event_labels l SET label = m.label
    FROM (SELECT e.item, min(n.label) AS label
            FROM (SELECT a, b FROM pg_temp.diplo_event_pairs
                  UNION ALL SELECT b, a FROM pg_temp.diplo_event_pairs) e(item, other)
            JOIN pg_temp.diplo_event_labels n ON n.item = e.other
           GROUP BY e.item) m
    WHERE l.item = m.item AND m.label < l.label;
    EXIT WHEN NOT FOUND;
  END LOOP;
  RETURN QUERY SELECT l.label, l.item FROM pg_temp.diplo_event_labels l ORDER BY l.label, l.item;
  DROP TABLE pg_temp.diplo_event_pairs, pg_temp.diplo_event_labels;
END
$$;
