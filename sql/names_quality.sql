-- Name keys and similarity on the test list of real people (test/data/people.tsv):
-- the figures of the README, as a test that fails when they drop below target.
CREATE TEMP TABLE people_raw (line text);
\copy people_raw FROM 'test/data/people.tsv' WITH (FORMAT text, DELIMITER E'\x01')
CREATE TEMP TABLE people AS
  SELECT row_number() OVER () AS id, f[1] AS region, f[2] AS latin, f[3] AS cyr,
         f[5] AS gen, f[6] AS dat, f[7] AS ins, f[8] AS prep
  FROM (SELECT string_to_array(line, E'\t') AS f FROM people_raw
        WHERE line !~ '^#' AND line !~ '^region\t') s;
SELECT count(*) >= 300 AS enough_people FROM people;

-- every Russian form against the Latin reference
CREATE TEMP TABLE forms AS
  SELECT id, latin, form FROM people, LATERAL unnest(ARRAY[cyr, gen, dat, ins, prep]) form;
SELECT round(avg((diplo_name_key(latin) = diplo_name_key(form))::int), 3) >= 0.95 AS key_same_person
FROM forms;

-- different people almost never share a key
WITH k AS (SELECT id, diplo_name_key(latin) AS key FROM people)
SELECT (SELECT count(*) FROM k a JOIN k b ON a.key = b.key AND a.id < b.id)::float
       / (count(*) * (count(*) - 1) / 2) < 0.005 AS key_different_people
FROM k;

-- similarity ranks the right Latin name first (a sample: every third person, genitive forms)
WITH q AS (SELECT id, gen AS form FROM people WHERE id % 3 = 0),
s AS (SELECT q.id AS qid, p.id AS pid, diplo_name_similarity(q.form, p.latin) AS sim FROM q CROSS JOIN people p),
best AS (SELECT qid, max(sim) FILTER (WHERE pid = qid) AS right_sim, max(sim) FILTER (WHERE pid <> qid) AS wrong_sim
         FROM s GROUP BY qid)
SELECT round(avg((right_sim > wrong_sim)::int), 3) >= 0.97 AS similarity_ranks_right_first FROM best;
