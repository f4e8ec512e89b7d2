-- Organisations and places of real news: outlets, companies, universities and
-- theatres, state bodies named by their seat or short name, foreign
-- parliaments' committees, small places and old names; traps; bad input.

-- news agencies and media: in the lexicon, and from their role in the sentence
SELECT surface, key FROM diplo_entities(
  'ALMATY, June 3 (Xinhua) -- Kazakhstan will expand grain exports to China, Anadolu Agency reports, '
  'citing Reuters and Kun.uz. The figures were reported by Zhetysu Times, a regional daily.', 'en')
WHERE kind = 'org' ORDER BY start_offset;
SELECT surface, key FROM diplo_entities(
  'Как передает Tengrinews, об этом в интервью РБК сообщил глава ведомства. '
  'Также пишет Степной Вестник, по данным ТАСС.', 'ru')
WHERE kind = 'org' ORDER BY start_offset;

-- companies: the largest ones in the lexicon, others by legal form and class noun
SELECT surface, key FROM diplo_entities(
  'Glencore and Kazatomprom met TotalEnergies in Astana. Steppe Copper LLP and JSC Ulba Lithium '
  'signed a supply deal with the Austrian firm Alpen Kabel.', 'en')
WHERE kind = 'org' ORDER BY start_offset;
SELECT surface, key FROM diplo_entities(
  'АО «Самрук-Энерго», ТОО «Степная Медь» и КазМунайГаз подписали соглашение с Газпромом.', 'ru')
WHERE kind = 'org' ORDER BY start_offset;

-- universities, theatres, museums: whole names, and the person a university is named after stays
-- a person elsewhere
SELECT kind, surface, key FROM diplo_entities(
  'Students of Al-Farabi Kazakh National University performed at the Bolshoi Theatre and the Louvre. '
  'Al-Farabi wrote on music.', 'en')
WHERE kind IN ('org', 'person') ORDER BY start_offset;
SELECT kind, surface, key FROM diplo_entities(
  'Студенты МГИМО и Евразийского национального университета имени Л.Н. Гумилева посетили Эрмитаж.', 'ru')
WHERE kind IN ('org', 'person') ORDER BY start_offset;

-- state bodies by their seat or short name, keyed to their state, in both languages
SELECT surface, key FROM diplo_entities(
  'The Élysée and Downing Street welcomed the deal; the Pentagon and the Kremlin did not comment. '
  'The Mazhilis approved it.', 'en')
WHERE kind = 'org' ORDER BY start_offset;
SELECT surface, key FROM diplo_entities(
  'В Госдепе и в Кремле сделку не комментировали; Мажилис ее одобрил, а Акорда приветствовала.', 'ru')
WHERE kind = 'org' ORDER BY start_offset;

-- a committee of a foreign parliament is that parliament's; its chair a parliamentarian in both languages
SELECT kind, surface, key, role FROM diplo_entities(
  'Ambassador Nurlan Onzhanov met Chair of the Bundestag Foreign Affairs Committee Armin Laschet.', 'en')
WHERE kind IN ('org', 'person') ORDER BY start_offset;
SELECT kind, surface, key, role FROM diplo_entities(
  'Посол Нурлан Онжанов встретился с председателем комитета Бундестага по иностранным делам Армином Лашетом.', 'ru')
WHERE kind IN ('org', 'person') ORDER BY start_offset;

-- small places, transliteration variants and former names: one key, the text's own surface
SELECT surface, key FROM diplo_entities(
  'The delegation visited Burabay, Charyn Canyon and Issyk-Kul, then Ürümqi, Urumqi, Alma-Ata and Baikonur.', 'en')
WHERE kind = 'place' ORDER BY start_offset;
SELECT surface, key FROM diplo_entities(
  'Делегация побывала в Боровом, на Иссык-Куле, в Урумчи, Алма-Ате и Нижнем Новгороде.', 'ru')
WHERE kind = 'place' ORDER BY start_offset;

-- traps: a sentence's first word before "reports", a person after "in an interview with",
-- an outlet whose name is a common word, a company noun before a lower-case word
SELECT kind, surface FROM diplo_entities(
  'Officials reports say the company plans growth. In an interview with Marat Akhmetov the minister spoke. '
  'Time will tell.', 'en')
WHERE kind IN ('org', 'person') ORDER BY start_offset;
SELECT kind, surface FROM diplo_entities('Об этом в интервью Марату Ахметову сообщил министр.', 'ru')
WHERE kind IN ('org', 'person') ORDER BY start_offset;

-- bad input: quotes that never close, a cue at the end, a name made of punctuation
SELECT count(*) FROM diplo_entities('компания «Самрук', 'ru') WHERE kind = 'org';
SELECT count(*) FROM diplo_entities('Tengrinews reports', 'en') WHERE kind = 'org';
SELECT count(*) FROM diplo_entities('передает', 'ru');
SELECT count(*) FROM diplo_entities('JSC «»', 'en') WHERE kind = 'org';
