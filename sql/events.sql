-- diplo_item_similarity: the same event in two languages, the same envoy at another event; bad input.
SELECT round(diplo_item_similarity(
  'Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign Affairs of Italy Antonio Tajani in Rome on 14 April.',
  'В Италии посол Казахстана Ерболат Сембаев встретился в Риме с министром иностранных дел Италии Антонио Таяни 14 апреля.',
  'en', 'ru', '2026-04-15', '2026-04-16')::numeric, 2) AS same_event,
  round(diplo_item_similarity(
  'Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign Affairs of Italy Antonio Tajani in Rome on 14 April.',
  'Ambassador of Kazakhstan to Italy Yerbolat Sembayev spoke at a round table with Italian experts Marco Rossi and Giulia Bianchi in Milan on 2 April.',
  'en', 'en', '2026-04-15', '2026-04-03')::numeric, 2) AS same_envoy_other_event,
  round(diplo_item_similarity(
  'Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign Affairs of Italy Antonio Tajani in Rome on 14 April.',
  'Ambassador of Kazakhstan to Japan Yerlan Baudarbek-Kozhatayev met the Governor of Osaka Hirofumi Yoshimura on 14 April.')::numeric, 2) AS other_people_other_country;

-- the items of a digest against an article: which item reports the article's event
SELECT s.ordinal, round(diplo_item_similarity(s.item,
         'Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign Affairs of Italy Antonio Tajani in Rome on 14 April.',
         'ru', 'en', '2026-04-16', '2026-04-15')::numeric, 2) AS similarity
FROM diplo_segments(E'Казахстанские дипломаты провели ряд встреч.\n' ||
                    E'В Италии посол Казахстана Ерболат Сембаев встретился в Риме с министром иностранных дел Италии Антонио Таяни 14 апреля.\n' ||
                    E'В Японии посол Казахстана Ерлан Баударбек-Кожатаев встретился с губернатором Осаки 15 апреля.\n') s
ORDER BY s.ordinal;

-- bad input: NULL, empty, no entities, an unsupported language
SELECT diplo_item_similarity(NULL, 'x') IS NULL AS null_item,
       diplo_item_similarity('', '') AS empty_items,
       diplo_item_similarity('the weather was fine', 'it rained') AS no_entities;
SELECT diplo_item_similarity('x', 'y', 'fr');
