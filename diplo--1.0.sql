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
                               OUT role text, OUT state text, OUT adjective boolean)
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

-- How alike the events two news items report are, in [0, 1], whatever their
-- languages: shared participants (by name key) weigh most, then the host
-- country, the date and organisations; the home state every item names does
-- not count.  A first step towards the event type of the events issue.
CREATE FUNCTION diplo_item_similarity(a text, b text, a_lang text DEFAULT NULL, b_lang text DEFAULT NULL,
                                      a_published date DEFAULT NULL, b_published date DEFAULT NULL)
RETURNS float4
AS 'MODULE_PATHNAME', 'diplo_item_similarity'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
