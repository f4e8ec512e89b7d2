#!/usr/bin/env python3
"""Entity extraction throughput against PostgreSQL's own text parser, and memory over a million rows.

The text: synthetic news items, English and Russian, built from the
project's own sentence templates filled with the people of
test/data/people.tsv (every Russian case form), countries, cities and dates,
so that no two rows are alike; rows of about 2 kB.  In one session and on the
same rows: diplo_entities(body, lang) against to_tsvector('english'|'russian',
body), the parser users already know.  Then the same on rows shaped like
crawled news pages (2-6 kB: a site menu, a byline, photo captions, share
buttons, related headlines, and office holders named by their surname alone,
taken from diplo_office_holders()).  The office holders' load time and memory
are read in a fresh backend.  Each figure is the median of seven
runs (the two taking turns, so that the machine's drift touches both alike), in MB/s of input on
one backend.  Then diplo_entities runs over
1,000,000 short rows and the backend's resident memory is read before, after
100,000 rows and after 1,000,000 rows: it must stay flat.  Prints Markdown.
"""
from pgutil import interleaved_medians, people, psql

RUNS = 7
ROWS = 1000


# (English, Russian nominative, genitive, prepositional) of some states and their capitals
COUNTRIES = [
    ("Kazakhstan", "Казахстан", "Казахстана", "Казахстане", "Astana", "Астане"),
    ("Spain", "Испания", "Испании", "Испании", "Madrid", "Мадриде"),
    ("Germany", "Германия", "Германии", "Германии", "Berlin", "Берлине"),
    ("Jordan", "Иордания", "Иордании", "Иордании", "Amman", "Аммане"),
    ("Turkey", "Турция", "Турции", "Турции", "Ankara", "Анкаре"),
    ("Japan", "Япония", "Японии", "Японии", "Tokyo", "Токио"),
    ("Brazil", "Бразилия", "Бразилии", "Бразилии", "Brasília", "Бразилиа"),
    ("Egypt", "Египет", "Египта", "Египте", "Cairo", "Каире"),
    ("Uzbekistan", "Узбекистан", "Узбекистана", "Узбекистане", "Tashkent", "Ташкенте"),
    ("France", "Франция", "Франции", "Франции", "Paris", "Париже"),
    ("China", "Китай", "Китая", "Китае", "Beijing", "Пекине"),
    ("Kenya", "Кения", "Кении", "Кении", "Nairobi", "Найроби"),
]
MONTHS = [("January", "января"), ("March", "марта"), ("May", "мая"), ("September", "сентября"), ("November", "ноября")]
EN = ["Ambassador of {c1} to {c2} {p1} met with the Minister of Foreign Affairs of {c2} {p2} in {city2} on {d} {m} 2026.",
      "The parties discussed cooperation in trade, energy, transport and education, as well as regional security.",
      "{p1s} briefed his counterpart on the reforms under way in {c1} and invited {p2s} to visit {city1}.",
      "The meeting was also attended by representatives of the OSCE and the United Nations Development Programme.",
      "Following the talks, the Ministry of Foreign Affairs of {c1} said that the next round would be held in {m}."]
RU = ["Посол {c1g} в {c2p} {p1} встретился в {city2} с министром иностранных дел {c2g} {p2i}.",
      "Стороны обсудили сотрудничество в сфере торговли, энергетики, транспорта и образования, а также региональную безопасность.",
      "{p1s} рассказал собеседнику о реформах, которые проводятся в {c1p}, и предложил провести следующую встречу в {city1a}.",
      "Во встрече приняли участие представители ОБСЕ и Программы развития ООН.",
      "По итогам переговоров в МИД {c1g} сообщили, что следующий раунд состоится {d} {mg}."]


def synthetic(n, lang):
    """n distinct rows of about 2 kB, deterministically."""
    ppl = people()
    out = []
    for r in range(n):
        paras = []
        k = r * 7
        while sum(len(p) for p in paras) < 2000:
            a, b = ppl[k % len(ppl)], ppl[(k * 13 + 5) % len(ppl)]
            c1, c2 = COUNTRIES[k % len(COUNTRIES)], COUNTRIES[(k + 3) % len(COUNTRIES)]
            m = MONTHS[k % len(MONTHS)]
            d = 1 + k % 28
            if lang == "en":
                vals = dict(c1=c1[0], c2=c2[0], p1=a["latin"], p2=b["latin"], p1s=a["latin"].split()[-1],
                            p2s=b["latin"].split()[-1], city1=c1[4], city2=c2[4], d=d, m=m[0])
                paras.append(" ".join(t.format(**vals) for t in EN))
            else:
                vals = dict(c1g=c1[2], c1p=c1[3], c2g=c2[2], c2p=c2[3], p1=a["cyrillic"], p2i=b["ins"],
                            p1s=a["cyrillic"].split()[-1], city1a=c1[5], city2=c2[5], d=d, mg=m[1])
                paras.append(" ".join(t.format(**vals) for t in RU))
            k += 1
        out.append("\n".join(paras))
    return out


MENU_EN = ["Home | News | World | Politics | Economy | Society | Search", "Language: EN | RU | KZ",
           "Subscribe to our newsletter", "Share: Facebook Twitter Telegram WhatsApp"]
MENU_RU = ["Главная | Новости | Мир | Политика | Экономика | Общество | Поиск", "Язык: RU | EN | KZ",
           "Подписывайтесь на наш канал", "Поделиться: ВКонтакте Telegram WhatsApp"]
TALK_EN = "{a} held talks with {b} on {d} {m}, the press service said. {a} and {b} discussed trade and security."
TALK_RU = "{a} провел переговоры с {b} {d} {mg}, сообщает пресс-служба. {a} и {b} обсудили торговлю и безопасность."


def holders():
    """Surnames of office holders of the last decade, English and Russian, from the extension."""
    rows = psql("SELECT DISTINCT split_part(name_en, ' ', -1), split_part(name_ru, ' ', -1) "
                "FROM diplo_office_holders() WHERE start_date > '2015-01-01' AND name_ru <> '' ORDER BY 1;")
    return [r for r in rows if len(r) == 2 and r[0] and r[1]]


def pages(n, lang, names):
    """n crawled-page-like rows of 2-6 kB around the synthetic items."""
    items = synthetic(n, lang)
    out = []
    for r, body in enumerate(items):
        a, b = names[(r * 7) % len(names)], names[(r * 11 + 3) % len(names)]
        m = MONTHS[r % len(MONTHS)]
        menu = MENU_EN if lang == "en" else MENU_RU
        if lang == "en":
            talk = TALK_EN.format(a=a[0], b=b[0], d=1 + r % 28, m=m[0])
            head = ["By Staff Correspondent | 14:%02d, %d %s 2024" % (r % 60, 1 + r % 28, m[0]),
                    "Photo: press service of the Ministry of Foreign Affairs"]
            tail = ["Related news:", "Talks in the capital ended with a joint statement",
                    "Ministers discussed the transport corridor", "© 2024 News Agency. All rights reserved."]
        else:
            talk = TALK_RU.format(a=a[1], b=b[1], d=1 + r % 28, mg=m[1])
            head = ["Автор: корреспондент агентства | 14:%02d, %d %s 2024" % (r % 60, 1 + r % 28, m[1]),
                    "Фото: пресс-служба МИД"]
            tail = ["Читайте также:", "Переговоры в столице завершились совместным заявлением",
                    "Министры обсудили транспортный коридор", "© 2024 Информационное агентство. Все права защищены."]
        extra = (r % 3) * 1000   # 2, 3 or 4 kB of text on top of the menus: pages of 2-6 kB
        out.append("\n".join(menu[:2] + head + [talk, body, body[:extra]] + tail + menu[2:]))
    return out


def main():
    setup = ["CREATE EXTENSION IF NOT EXISTS diplo;", "DROP TABLE IF EXISTS bench_text;",
             "CREATE TABLE bench_text (lang text, body text);", "COPY bench_text FROM stdin;"]
    for lang in ("en", "ru"):
        for body in synthetic(ROWS, lang):
            setup.append(lang + "\t" + body.replace("\\", "\\\\").replace("\n", "\\n"))
    setup.append("\\.")
    psql("\n".join(setup) + "\n")
    # crawled-page rows, lang 'en-page' / 'ru-page'
    names = holders()
    setup = ["COPY bench_text FROM stdin;"]
    for lang in ("en", "ru"):
        for body in pages(ROWS, lang, names):
            setup.append(lang + "-page\t" + body.replace("\\", "\\\\").replace("\n", "\\n"))
    setup.append("\\.")
    psql("\n".join(setup) + "\n")
    rows = []
    for lang, cfg in (("en", "english"), ("ru", "russian"), ("en-page", "english"), ("ru-page", "russian")):
        where = "lang = '%s'" % lang
        mb = float(psql("SELECT sum(octet_length(body)) / 1e6 FROM bench_text WHERE %s;" % where)[0][0])
        t_ts, t_de = interleaved_medians(
            ["SELECT sum(length(to_tsvector('%s', body))) FROM bench_text WHERE %s" % (cfg, where),
             "SELECT sum((SELECT count(*) FROM diplo_entities(body, left(lang, 2)))) FROM bench_text WHERE %s" % where],
            RUNS)
        rows.append((lang, mb, t_de, t_ts))

    # memory over a million rows: resident set size of this backend
    mem_sql = r"""
CREATE OR REPLACE FUNCTION pg_temp.rss() RETURNS bigint LANGUAGE sql AS $$
  SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmRSS:\s+(\d+)'))[1]::bigint $$;
CREATE OR REPLACE FUNCTION pg_temp.run(n int) RETURNS bigint LANGUAGE sql AS $$
  SELECT sum((SELECT count(*) FROM diplo_entities(
           'Посол Казахстана в Испании Нурлан ' || (ARRAY['Онжанов','Ногаев','Сарсенов'])[g % 3 + 1] ||
           ' встретился с министром Хосе Мануэлем Альбаресом в Мадриде ' || (g % 28 + 1) || ' мая.')))
  FROM generate_series(1, n) g $$;
SELECT pg_temp.rss();
SELECT pg_temp.run(1000);
SELECT pg_temp.rss();
SELECT pg_temp.run(100000);
SELECT pg_temp.rss();
SELECT pg_temp.run(1000000);
SELECT pg_temp.rss();
"""
    out = [row[0] for row in psql(mem_sql)]
    rss = [int(out[0]), int(out[2]), int(out[4]), int(out[6])]

    # the office holders: load time and memory in a fresh backend that has loaded the name lexicons
    kb_sql = r"""
CREATE OR REPLACE FUNCTION pg_temp.rss() RETURNS bigint LANGUAGE sql AS $$
  SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmRSS:\s+(\d+)'))[1]::bigint $$;
SELECT diplo_name_nominative('Сергеем Лавровым');
SELECT pg_temp.rss();
SELECT extract(epoch FROM clock_timestamp());
SELECT count(*) FROM diplo_office_holders('1900-01-01');
SELECT extract(epoch FROM clock_timestamp());
SELECT pg_temp.rss();
SELECT count(*), count(DISTINCT person) FROM diplo_office_holders();
SELECT pg_temp.rss();
"""
    kb = [r for r in psql(kb_sql)]
    # rows: the nominative, rss, t0, count, t1, rss, (terms, persons), rss
    kb_ms = (float(kb[4][0]) - float(kb[2][0])) * 1000
    kb_rss = (int(kb[1][0]), int(kb[5][0]), int(kb[7][0]))
    kb_terms, kb_people = int(kb[6][0]), int(kb[6][1])

    lines = ["## Entity extraction throughput", "",
             "Measured by `bench/entities_throughput.py` (run by `scripts/bench.sh`): %d synthetic news items "
             "of about 2 kB per language (templates filled with the people of `test/data/people.tsv`, "
             "countries, cities and dates; no two alike); median of %d runs, the two functions taking turns, one "
             "backend." % (ROWS, RUNS),
             "", "| language | MB | `diplo_entities` MB/s | `to_tsvector` MB/s | ratio (≥ 1.0: extraction no slower) |",
             "| --- | --- | --- | --- | --- |"]
    for lang, mb, t_de, t_ts in rows:
        lines.append("| %s | %.1f | %.1f | %.1f | %.2f |" % (lang, mb, mb / t_de, mb / t_ts, t_ts / t_de))
    lines += ["", "Rows `en-page` and `ru-page` are shaped like crawled news pages of 2-6 kB (a site menu, a "
              "byline, a photo caption, share buttons, related headlines around the same items, and office holders "
              "named by the surname alone, without a title, taken from `diplo_office_holders()`)."]
    lines += ["", "Office holders (`data/office_holders.tsv`, %d terms of %d persons): loaded once per backend "
              "in %.1f ms (the first `diplo_office_holders` call of a backend that had loaded the name lexicons); "
              "resident memory %d kB before, %d kB after loading (+%d kB), %d kB after every person's spellings "
              "were keyed for `diplo_office_holders()` (+%d kB)." % (kb_terms, kb_people, kb_ms, kb_rss[0], kb_rss[1], kb_rss[1] - kb_rss[0],
                                           kb_rss[2], kb_rss[2] - kb_rss[1])]
    lines += ["", "Backend resident memory while `diplo_entities` runs once per row over 1,101,000 distinct "
              "short articles: %d kB before any call, %d kB after the first 1,000 rows (the lexicons are "
              "loaded), %d kB after 100,000 more, %d kB after 1,000,000 more." % (rss[0], rss[1], rss[2], rss[3])]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
