-- diplo_segments: pages into news items; bad input.

-- a digest with a line broken inside a sentence: one item per paragraph
SELECT ordinal, start_offset, end_offset, item
FROM diplo_segments(E'Астана, 3 мая. Казахстанские дипломаты провели ряд встреч.\n' ||
                    E'В Риме посол Казахстана встретился с заместителем министра\n' ||
                    E'иностранных дел Италии.\n' ||
                    E'В Мадриде в посольстве прошел круглый стол по энергетике.\n');

-- press releases with date headers, titles, sharing buttons and a reprint notice
SELECT ordinal, item
FROM diplo_segments(E'Share\n01.04.2026, 10:15 1200\nKazakhstan and Italy Discuss Energy Cooperation\n' ||
                    E'Tell a friend\nThe Ambassador met the Minister of Enterprises in Rome. They discussed gas.\n' ||
                    E'This information may not be reproduced without reference to the agency.\nrelevant news\n' ||
                    E'01.04.2026, 09:00 900\nRound Table on Water Held in Vienna\n' ||
                    E'Experts discussed water management in Central Asia at a round table in Vienna.\n');

-- one article with blank lines between its paragraphs is one item
SELECT count(*) AS items FROM diplo_segments(E'Kazakhstan and Spain signed an agreement.\n\n\nThe ministers discussed education.\n');

-- offsets are characters
SELECT bool_and(substr(p, start_offset + 1, end_offset - start_offset) = item) AS offsets_ok
FROM (SELECT E'«Новости»\nВ Астане прошла встреча.\nВ Женеве — форум.\nВ Риме — выставка.' AS p) x,
     diplo_segments(x.p);

-- the entities of each item
SELECT s.ordinal, e.kind, e.surface
FROM diplo_segments(E'In Rome the Ambassador of Kazakhstan met officials.\nIn Madrid experts met on 2 May 2026.\nIn Vienna the OSCE held a forum.\n') s,
     diplo_entities(s.item, 'en', '2026-05-03') e
ORDER BY s.ordinal, e.start_offset;

-- bad input: NULL, empty, blank, furniture only, a long page
SELECT count(*) AS null_page FROM diplo_segments(NULL);
SELECT count(*) AS empty_page FROM diplo_segments('');
SELECT count(*) AS blank_page FROM diplo_segments(E' \n\n\t \n');
SELECT count(*) AS furniture_only FROM diplo_segments(E'Tell a friend\nShare\nФото: пресс-служба\n');
SELECT count(*) AS long_digest FROM diplo_segments(repeat(E'В Риме посол встретился с министром.\n', 100000));
