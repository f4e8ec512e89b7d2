-- diplo_translit: every scheme, mixed and non-Cyrillic text, bad input.

SELECT scheme, diplo_translit('Ерлан Жаксыбеков, Щучинск, Юлия Объедкова', scheme)
FROM diplo_translit_schemes() WHERE scheme <> 'ru';

-- the default scheme is kz: Kazakhstan's official spellings of names
SELECT diplo_translit('Касым-Жомарт Токаев');
SELECT diplo_translit('Айгерим Исмаилова и Нурлан Ермекбаев');
SELECT diplo_translit('Қайрат Әлімжан, Ұлан Өтеген, Ғалым Іргебаев');
-- capitals: a multi-letter capital is Titlecase in a word, capitals in capitals
SELECT diplo_translit('ЩЕРБАКОВ Щерб ЖАНАР Ж.');

-- Latin to Russian Cyrillic
SELECT diplo_translit('Mussayev Yerlan, Zhaksylykov, Tokayev, Shchukin', 'ru');

-- only Cyrillic changes; Latin, digits, punctuation and other scripts pass through
SELECT diplo_translit('Astana, 2026-03-15: «Ақорда» — 北京 — Ελλάδα', 'kz');
SELECT diplo_translit('Plain ASCII text stays the same.', 'bgn');
-- combining marks: a decomposed й is the same letter as a precomposed one
SELECT diplo_translit(U&'Ма\0438\0306ра', 'kz') = diplo_translit('Майра', 'kz') AS decomposed_same;

-- NULL in, NULL out; empty in, empty out
SELECT diplo_translit(NULL) IS NULL AS null_text, diplo_translit('x', NULL) IS NULL AS null_scheme;
SELECT diplo_translit('', 'iso9') = '' AS empty;

-- long input: several megabytes in chunks, no word cut at a chunk border
SELECT length(t) AS chars, t ~ 'ZhanarZhanar' AS glued, t LIKE 'Zhanar Zhanar %' AS starts_right
FROM (SELECT diplo_translit(repeat('Жанар ', 1000000)) AS t) s;

-- a running call can be cancelled
CREATE TEMP TABLE big AS SELECT repeat('Щукин Щедрин ', 3000000) AS t;
SET statement_timeout = '20ms';
SELECT length(diplo_translit(t, 'gost779')) FROM big;
RESET statement_timeout;

-- an unknown scheme is an error that lists the valid ones
SELECT diplo_translit('Мусаев', 'klingon');
\set VERBOSITY sqlstate
SELECT diplo_translit('Мусаев', 'klingon');
SELECT diplo_translit('Мусаев', '');
\set VERBOSITY default
