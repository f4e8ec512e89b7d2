#!/usr/bin/env python3
"""Deterministic synthetic diplomatic news items, English and Russian, for
the event benchmark (bench/events_bench.py).

    python3 bench/events_gen.py --items N [--seed S] [--per-day D]

writes N lines for COPY (text format) on stdout:

    id <TAB> lang <TAB> published (YYYY-MM-DD) <TAB> text <TAB> true_event

What is in them:
- about 5,000 invented persons (names built from Cyrillic syllables, the
  English spelling derived by a transliteration table below), each with a
  role and the state they serve: in every state a president, a prime
  minister, a foreign minister and deputies, other ministers, a speaker and
  its ambassadors to the home states; in the home states (KZ, UZ, KG, AZ)
  also ambassadors to about 100 states each;
- events: an envoy of a home state's foreign ministry meets an official of
  another state (2-4 persons in all), in a city of the host state, with
  0-2 third states, 0-2 international organisations (data/orgs.tsv), 0-3
  topics; the foreign side is drawn with skewed (Zipf-like) weights: state
  (1/rank^0.8), role, rank within the role; a quarter of the events are a
  foreign ambassador received by the home state's ministry; the same person
  is the main guest of one event a day, and the same two people meet at
  most once in 30 days (--pair-gap);
- every state of data/countries.tsv appears, in English and in Russian
  case forms derived by rule and checked against the lexicon;
- 80% of events have one report, 14% two and 6% three; a second report is
  in the other language and every report of an event uses a different
  template; a later report may leave out the other attendees, the
  organisations, the third states or a topic (30% each); reports are
  published 0-2 days after the event, which is named in the text 70% of
  the time, the city 85%;
- titles precede the names ("Ambassador of Kazakhstan to Spain",
  "министр иностранных дел Испании"); Russian names appear in the
  nominative (lists of participants, surnames alone) or in the
  instrumental after "с" ("встретился с министром ... Лорадой Вемесовой");
- ids follow the publication date (D items a day from 2017-01-01, default
  300), so the first 100,000 items are the same whatever N, and the reports
  of one event lie close together.

--persons lists the invented persons instead (id, state, role, posting,
English name, Russian nominative, Russian instrumental, weight).

Pure Python, streaming: about a million items a minute.
"""
import argparse
import bisect
import collections
import datetime
import heapq
import itertools
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOMES = [("KZ", 0.40), ("UZ", 0.25), ("KG", 0.20), ("AZ", 0.15)]
EMBASSIES = 100                 # states where each home state has an ambassador
START = datetime.date(2017, 1, 1)

# frequent partners first; the other states follow in a seeded order
PARTNERS = ["RU", "CN", "US", "TR", "DE", "FR", "GB", "IT", "JP", "KR", "IN", "AE", "SA", "ES", "IR",
            "PK", "AF", "TM", "TJ", "BY", "UA", "PL", "HU", "QA", "EG", "BR", "CH", "AT", "NL", "BE",
            "MN", "GE", "AM", "MY", "ID", "VN", "TH", "SG", "IL", "JO", "KW", "OM", "CZ", "SE", "FI",
            "NO", "CA", "AU", "MX", "AR"]
ORG_FIRST = ["un", "osce", "sco", "cis", "eaeu", "cica", "eu", "ots", "oic", "csto", "ebrd", "adb",
             "isdb", "unesco", "wto", "asean", "brics", "g20", "iaea", "who"]

TOPICS = [  # English, Russian nominative, Russian genitive
    ("trade", "торговля", "торговли"), ("energy", "энергетика", "энергетики"),
    ("education", "образование", "образования"), ("investment", "инвестиции", "инвестиций"),
    ("transport", "транспорт", "транспорта"), ("agriculture", "сельское хозяйство", "сельского хозяйства"),
    ("tourism", "туризм", "туризма"), ("culture", "культура", "культуры"),
    ("healthcare", "здравоохранение", "здравоохранения"), ("security", "безопасность", "безопасности"),
    ("science", "наука", "науки"), ("logistics", "логистика", "логистики"),
    ("digitalization", "цифровизация", "цифровизации"), ("water resources", "водные ресурсы", "водных ресурсов"),
    ("ecology", "экология", "экологии")]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]

# ministers other than foreign ministers: (English, Russian genitive)
PORTFOLIOS = [("Economy", "экономики"), ("Finance", "финансов"), ("Justice", "юстиции"),
              ("Defence", "обороны"), ("Energy", "энергетики"), ("Agriculture", "сельского хозяйства")]
# the officials of every state and the weight of each as the foreign side of a meeting
SLOTS = ([("fm", None, 6.0)] + [("dfm", None, 3.0 / (i + 1)) for i in range(6)] +
         [("pm", None, 2.0), ("president", None, 2.0)] + [("dpm", None, 1.0 / (i + 1)) for i in range(3)] +
         [("speaker", None, 1.0)] + [("min", p, 0.7 / (i + 1)) for i, p in enumerate(PORTFOLIOS)])
AMB_TO_HOME_WEIGHT = 2.0

TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
            "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
            "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
            "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
VOWELS = "аеёиоуыэюя"


def translit(word):
    """Russian Cyrillic to English spelling (ye at the start and after a vowel)."""
    out, prev = [], ""
    for ch in word:
        low = ch.lower()
        lat = TRANSLIT.get(low, ch)
        if low == "е" and (not prev or prev in VOWELS or prev in "ьъ"):
            lat = "ye"
        if ch != low:
            lat = lat[:1].upper() + lat[1:]
        out.append(lat)
        prev = low
    return "".join(out)


# --- lexicons of the project --------------------------------------------------------------

def rows(name, ncols):
    with open(os.path.join(ROOT, "data", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) == ncols:
                yield fields


def word_options(w, case):
    """Candidate genitive or prepositional forms of one word of a Russian name."""
    g = case == "gen"
    lw = w.lower()
    if lw in ("и", "—") or not w:
        return [w]
    if "-" in w and not lw.endswith(("-дели",)):   # Гвинея-Бисау: the first part declines
        head, tail = w.split("-", 1)
        opts = [o + "-" + tail for o in word_options(head, case)]
        return opts + [w[:0] + o for o in [head + "-" + t for t in word_options(tail, case)]]
    o = []

    def end(n, *subs):
        for s in subs:
            o.append(w[:len(w) - n] + s)
    if lw.endswith("ия"):
        end(1, "и")
    elif lw.endswith("ая"):
        end(2, "ой")
    elif lw.endswith("ые") or lw.endswith("ие"):
        end(2, "ых" if lw.endswith("ые") else "их")
    elif lw.endswith("ое"):
        end(2, "ого" if g else "ом")
    elif lw.endswith("ий"):
        end(2, "ого" if g else "ом")
        end(1, "я" if g else "и")
    elif lw.endswith("ый"):
        end(2, "ого" if g else "ом")
    elif lw.endswith("ы"):
        end(1, *(("ов", "", "ых") if g else ("ах", "ых")))
    elif lw.endswith("а"):
        end(1, *(("ы", "и", "ов") if g else ("е", "ах")))
    elif lw.endswith("я"):
        end(1, "и" if g else "е")
    elif lw.endswith("ь"):
        end(1, "и", "я" if g else "е")
    elif lw.endswith("й"):
        end(1, "я" if g else "е")
    elif lw[-1] not in VOWELS:
        o.append(w + ("а" if g else "е"))
        if len(w) > 3 and lw[-2] in "ео":
            o.append(w[:-2] + w[-1] + ("а" if g else "е"))
    o.append(w)
    return o


def decline(nom, forms, case):
    """The genitive or prepositional of a Russian name, checked against its listed forms;
    the nominative when no other form fits (indeclinable names), None when unsure."""
    parts = nom.split(" ")
    for combo in itertools.product(*[word_options(p, case) for p in parts]):
        c = " ".join(combo)
        if c != nom and c in forms:
            return c
    return nom if len(forms) == 1 or all(" " in f for f in forms if f != nom) else None


THE = ("United ", "Democratic ", "Central ", "Republic ", "Dominican ")
THE_NAMES = {"Bahamas", "Gambia", "Comoros", "Maldives", "Netherlands", "Philippines", "Seychelles"}


class Country:
    __slots__ = ("code", "en", "en_of", "gen", "prep", "cities", "weight")


def load_countries():
    en, ru = collections.OrderedDict(), collections.OrderedDict()
    for code, lang, form, text in rows("countries.tsv", 4):
        if form != "name":
            continue
        (en if lang == "en" else ru).setdefault(code, []).append(text)
    cities = collections.defaultdict(list)
    city_en, city_ru = collections.OrderedDict(), collections.OrderedDict()
    for key, code, lang, kind, text in rows("places.tsv", 5):
        if kind == "city":
            (city_en if lang == "en" else city_ru).setdefault((code, key), []).append(text)
    for (code, key), forms in city_ru.items():
        prep = decline(forms[0], set(forms), "prep")
        if prep and (code, key) in city_en:
            cities[code].append((city_en[(code, key)][0], prep))
    out = {}
    for code, names in en.items():
        if code not in ru:
            continue
        c = Country()
        c.code, c.en = code, names[0]
        c.en_of = ("the " + c.en) if c.en.startswith(THE) or c.en in THE_NAMES or c.en.endswith("Islands") else c.en
        forms = set(ru[code])
        c.gen = decline(ru[code][0], forms, "gen") or ru[code][0]
        c.prep = decline(ru[code][0], forms, "prep") or ru[code][0]
        c.cities = cities.get(code, [])[:4]
        out[code] = c
    return out


def load_orgs():
    en, ru = collections.OrderedDict(), collections.OrderedDict()
    for key, lang, kind, text in rows("orgs.tsv", 4):
        if kind == "intl":
            (en if lang == "en" else ru).setdefault(key, []).append(text)
    pool = []
    for key in en:
        acr = [t for t in ru.get(key, []) if t.replace(" ", "").isupper() and len(t) <= 12
               and all("А" <= ch <= "Я" or ch in " Ё" for ch in t)]
        if acr:
            pool.append((key, en[key][0], acr[0]))
    first = [p for k in ORG_FIRST for p in pool if p[0] == k]
    return first + [p for p in pool if p[0] not in ORG_FIRST]


# --- invented persons ---------------------------------------------------------------------

ONSETS = ["Ба", "Бе", "Ва", "Ве", "Га", "Да", "До", "Ер", "Жа", "За", "Зе", "Ка", "Ке", "Ку", "Ла", "Ле", "Ло",
          "Ма", "Ме", "Му", "На", "Не", "Ну", "Ра", "Ре", "Ру", "Са", "Се", "Су", "Та", "Те", "Ту", "Фа",
          "Ха", "Ар", "Ас", "Ай", "Ол", "Ум", "Ил", "Ель", "Ки", "Ми", "Ни", "Ди", "Ви", "Пе", "По", "Бо",
          "Го", "Ро", "Со", "То", "Шо", "Ча", "Ю", "Я"]
MIDDLES = ["ри", "ла", "ми", "на", "ра", "ло", "ке", "би", "ди", "зе", "су", "та", "ва", "де", "ну", "го",
           "ро", "ли", "са", "мо", "ба", "те"]
MALE_FINALS = ["бек", "мир", "лан", "рат", "дар", "хан", "нур", "жан", "лат", "мад", "вел", "ран",
               "сен", "дос", "мет", "гор", "слав", "тан", "рис", "дим", "лик", "вад", "сат"]
FEMALE_FINALS = ["ра", "на", "ла", "да", "ма", "ва", "та", "ия", "гуна", "лина", "дина", "рина", "сана"]
STEM_CONS = "бвдзклмнпрст"
MALE_SUFFIXES = [("ов", 30), ("ев", 12), ("ин", 10), ("баев", 6), ("ский", 5), ("ян", 6), ("енко", 5),
                 ("дзе", 3), ("ли", 3), ("", 10), ("у", 3), ("ер", 4)]
FEMALE_OF = {"ов": "ова", "ев": "ева", "ин": "ина", "баев": "баева", "ский": "ская"}


def instrumental_given(name, male):
    if male:
        return name[:-1] + "ем" if name.endswith("й") else name + "ом"
    if name.endswith("ия"):
        return name[:-1] + "ей"
    return name[:-1] + "ой"            # -а; no final consonant before it takes -ей


def instrumental_surname(name, male):
    if male:
        if name.endswith(("ов", "ев", "ин")):
            return name + "ым"
        if name.endswith("ский"):
            return name[:-2] + "им"
        if name[-1] in VOWELS:
            return name                 # -енко, -дзе, -ли, -у
        return name + "ом"              # -ян, -ер and other consonants
    if name.endswith(("ова", "ева", "ина")):
        return name[:-1] + "ой"
    if name.endswith("ская"):
        return name[:-2] + "ой"
    return name                         # foreign women's surnames do not decline


KEY_MULTI = [("shch", "s"), ("sh", "s"), ("ch", "s"), ("zh", "J"), ("kh", "H"), ("ts", "s"), ("dz", "J"),
             ("z", "s"), ("y", "i"), ("j", "J")]


def approx_key(given, surname):
    """Roughly diplo_name_key: the consonant classes of the surname and the class of the given
    name's first sound; used to keep invented persons apart."""
    w = surname.lower()
    for a, b in KEY_MULTI:
        w = w.replace(a, b)
    w = "".join(ch for ch in w if ch not in "aeiou")
    w = "".join(ch for i, ch in enumerate(w) if i == 0 or ch != w[i - 1])
    g = given.lower()
    for a, b in KEY_MULTI:
        g = g.replace(a, b)
    c = g[0]
    c = "a" if c in "aeiouJHg" else {"b": "p", "d": "t", "v": "f"}.get(c, c)
    return w + "." + c


class Person:
    __slots__ = ("pid", "male", "ru", "ru_ins", "ru_sur", "en", "en_sur", "country", "role",
                 "portfolio", "posting", "weight")


def lexicon_words():
    """Every word of the country, place, organisation and title lexicons: no invented name may be
    one (Вена, Гана, Султан)."""
    words = set()
    for name, ncols in (("countries.tsv", 4), ("places.tsv", 5), ("orgs.tsv", 4), ("roles.tsv", 3)):
        for fields in rows(name, ncols):
            words.update(w.lower() for w in fields[-1].replace("-", " ").split())
    return words


def invent_names(rng, n):
    """n distinct (male, given, surname) in Cyrillic, none a word of the lexicons, with distinct
    (approximate) name keys."""
    seen, out = set(), []
    taken = lexicon_words()
    givens, surnames = set(), set()
    suffixes = [s for s, _ in MALE_SUFFIXES]
    cum = list(itertools.accumulate(w for _, w in MALE_SUFFIXES))
    while len(out) < n:
        male = rng.random() < 0.72
        given = rng.choice(ONSETS) + (rng.choice(MIDDLES) if rng.random() < 0.5 else "")
        given += rng.choice(MALE_FINALS if male else FEMALE_FINALS)
        if given[-2] in VOWELS and given[-1] in "ая" or "ии" in given or given.endswith(("ова", "ева", "ов", "ев")):
            continue
        stem = rng.choice(ONSETS) + rng.choice(MIDDLES) + (rng.choice(MIDDLES) if rng.random() < 0.3 else "")
        suffix = suffixes[bisect.bisect(cum, rng.random() * cum[-1])]
        if suffix in ("ов", "ев", "ин", "баев", "ский", "ер", ""):
            stem += rng.choice(STEM_CONS)
        if suffix == "ский" and stem[-1] in "кзс":
            continue
        sur = stem + suffix
        if not male:
            sur = stem + FEMALE_OF.get(suffix, suffix)
            if suffix in ("", "ер"):
                sur = stem + suffix + rng.choice(["", "и"])
        if sur[-1] in "еи" and sur[-2] in VOWELS or sur.endswith(("ом", "ем", "ой", "ей", "ым", "им")):
            continue                    # no case endings that are not the nominative's
        k = approx_key(translit(given), translit(sur))
        if k in seen or len(sur) < 5 or given.lower() in taken or sur.lower() in taken \
                or instrumental_given(given, male).lower() in taken or given in surnames or sur in givens:
            continue
        givens.add(given)
        surnames.add(sur)
        seen.add(k)
        out.append((male, given, sur))
    return out


def make_world(seed):
    rng = random.Random(seed * 7919 + 1)
    countries = load_countries()
    codes = sorted(countries)
    rest = [c for c in codes if c not in PARTNERS]
    rng.shuffle(rest)
    order = [c for c in PARTNERS if c in countries] + rest
    for rank, code in enumerate(order, 1):
        countries[code].weight = 1.0 / rank ** 0.8
    homes = [h for h, _ in HOMES]
    embassies = {h: [c for c in order if c != h][:EMBASSIES] for h in homes}
    specs = []              # (country, role, portfolio, posting, weight)
    for code in order:
        for role, portfolio, w in SLOTS:
            specs.append((code, role, portfolio, None, w))
        for h in homes:
            if h != code:
                specs.append((code, "amb", None, h, AMB_TO_HOME_WEIGHT))
    for h in homes:
        for code in embassies[h]:
            if code not in homes:       # ambassadors between home states are in the slots above
                specs.append((h, "amb", None, code, 0.0))
    names = invent_names(rng, len(specs))
    persons = []
    for pid, ((code, role, portfolio, posting, w), (male, given, sur)) in enumerate(zip(specs, names), 1):
        p = Person()
        p.pid, p.male, p.country, p.role, p.portfolio, p.posting = pid, male, code, role, portfolio, posting
        p.ru = given + " " + sur
        p.ru_ins = instrumental_given(given, male) + " " + instrumental_surname(sur, male)
        p.ru_sur = sur
        p.en_sur = translit(sur)
        p.en = translit(given) + " " + p.en_sur
        p.weight = countries[code].weight * w
        persons.append(p)
    return countries, order, persons, embassies


# --- rendering ----------------------------------------------------------------------------

EN_TITLES = {"fm": "Minister of Foreign Affairs of ", "dfm": "Deputy Minister of Foreign Affairs of ",
             "pm": "Prime Minister of ", "president": "President of ", "dpm": "Deputy Prime Minister of ",
             "speaker": "Speaker of the Parliament of "}


def title_en(p, C):
    c = C[p.country]
    if p.role == "amb":
        return "Ambassador of %s to %s" % (c.en_of, C[p.posting].en_of)
    if p.role in EN_TITLES:
        return EN_TITLES[p.role] + c.en_of
    return "Minister of %s of %s" % (p.portfolio[0], c.en_of)


RU_TITLES = {"fm": ("министр иностранных дел", "министром иностранных дел"),
             "dfm": ("заместитель министра иностранных дел", "заместителем министра иностранных дел"),
             "pm": ("премьер-министр", "премьер-министром"),
             "president": ("президент", "президентом"),
             "dpm": ("заместитель премьер-министра", "заместителем премьер-министра"),
             "speaker": ("председатель парламента", "председателем парламента")}


# islands take "на": посол Казахстана на Кипре
NA_STATES = {"CU", "CY", "MT", "JM", "HT", "MG", "LK", "MU", "BS", "MV", "SC", "PH", "FJ", "BB", "TT",
             "CV", "KM", "ST", "VU", "SB", "MH", "PW", "TV", "NR", "KI", "TO", "WS", "DM", "GD", "LC",
             "AG", "KN", "VC"}


def in_state(c):
    return ("на " if c.code in NA_STATES else "в ") + c.prep


def title_ru(p, C, ins=False):
    c = C[p.country]
    r = p.role
    if r == "amb":
        return "%s %s %s" % ("послом" if ins else "посол", c.gen, in_state(C[p.posting]))
    if r == "min":
        return "%s %s %s" % ("министром" if ins else "министр", p.portfolio[1], c.gen)
    return RU_TITLES[r][ins] + " " + c.gen


def cap(s):
    return s[:1].upper() + s[1:]


def join_en(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def join_ru(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " и " + items[-1]


def verb(p, male_form, female_form):
    return male_form if p.male else female_form


class Event:
    __slots__ = ("eid", "home", "host", "envoy", "main", "others", "thirds", "orgs", "topics", "day",
                 "city")

    def report(self, rng):
        """What a later report tells: it may leave out the other attendees, the organisations, the
        third states or the last topic (30% each)."""
        r = Event()
        for f in Event.__slots__:
            setattr(r, f, getattr(self, f))
        if self.others and rng.random() < 0.3:
            r.others = []
        if self.orgs and rng.random() < 0.3:
            r.orgs = []
        if self.thirds and rng.random() < 0.3:
            r.thirds = []
        if len(self.topics) > 1 and rng.random() < 0.3:
            r.topics = self.topics[:-1]
        return r


def render_en(ev, t, C, rng, with_date, with_city, topics):
    d = ev.day
    date = ("%d %s" % (d.day, MONTHS_EN[d.month - 1])) if rng.random() < 0.6 else \
        ("%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year))
    city = ev.city[0] if (with_city and ev.city) else None
    E, P = ev.envoy, ev.main
    te, tp = title_en(E, C), title_en(P, C)
    s = []
    if t == 0:
        x = "%s %s met with the %s %s" % (te, E.en, tp, P.en)
        if city:
            x += " in " + city
        if with_date:
            x += " on " + date
        s.append(x + ".")
    elif t == 1:
        x = ("On %s, the " % date) if with_date else "The "
        x += "%s %s held talks with the %s %s" % (te, E.en, tp, P.en)
        s.append(x + (" in %s." % city if city else "."))
    elif t == 2:
        lead = ", ".join(v for v in (city, date if with_date else None) if v)
        s.append(("%s – " % lead if lead else "") + "The %s %s and the %s %s discussed the bilateral agenda."
                 % (te, E.en, tp, P.en))
    else:
        x = "The %s %s %s the %s %s" % (te, E.en, "received" if ev.host == ev.home else "held a meeting with",
                                         tp, P.en)
        if city:
            x += " in " + city
        if with_date:
            x += " on " + date
        s.append(x + ".")
    if ev.others:
        people = ["the %s %s" % (title_en(o, C), o.en) for o in ev.others]
        if t % 2 == 0:
            s.append("The meeting was also attended by %s." % join_en(people))
        else:
            s.append(cap(join_en(people)) + " also took part in the talks.")
    if topics:
        words = [x[0] for x in topics]
        if t in (0, 3):
            s.append("The parties discussed cooperation in %s." % join_en(words))
        else:
            s.append("The sides focused on %s between %s and %s." %
                     (join_en(words), C[ev.home].en_of, C[ev.main.country].en_of))
    if ev.orgs:
        s.append("They also exchanged views on cooperation within the %s." % " and the ".join(o[1] for o in ev.orgs))
    if ev.thirds:
        s.append("The situation in %s was also discussed." % join_en([C[c].en_of for c in ev.thirds]))
    if t != 2:
        s.append("%s invited %s to visit %s." % (E.en_sur, P.en_sur, C[ev.home].en_of))
    return " ".join(s)


def render_ru(ev, t, C, rng, with_date, with_city, topics):
    d = ev.day
    date = ("%d %s" % (d.day, MONTHS_RU[d.month - 1])) if rng.random() < 0.7 else \
        ("%d %s %d года" % (d.day, MONTHS_RU[d.month - 1], d.year))
    city = ev.city[1] if (with_city and ev.city) else None
    E, P = ev.envoy, ev.main
    s = []
    if t == 0:
        lead = " ".join(v for v in (date if with_date else None, ("в " + city) if city else None) if v)
        x = "%s %s %s %s с %s %s." % (lead, title_ru(E, C), E.ru, verb(E, "встретился", "встретилась"),
                                     title_ru(P, C, True), P.ru_ins)
        s.append(cap(x.strip()))
    elif t == 1:
        x = "В %s состоялась встреча" % city if city else "Состоялась встреча"
        s.append(x + (" " + date if with_date else "") + ".")
        people = ["%s %s" % (title_ru(E, C), E.ru), "%s %s" % (title_ru(P, C), P.ru)]
        people += ["%s %s" % (title_ru(o, C), o.ru) for o in ev.others]
        s.append("В переговорах приняли участие %s." % join_ru(people))
    elif t == 2:
        x = "%s %s %s переговоры с %s %s" % (cap(title_ru(E, C)), E.ru, verb(E, "провел", "провела"),
                                              title_ru(P, C, True), P.ru_ins)
        s.append(x + ".")
        where = " ".join(v for v in (("в " + city) if city else None, date if with_date else None) if v)
        if where:
            s.append("Встреча прошла %s." % where)
    else:
        lead = " ".join(v for v in (("В " + city) if city else None, date if with_date else None) if v)
        x = "%s %s %s %s встречу с %s %s." % (lead, title_ru(E, C), E.ru, verb(E, "провел", "провела"),
                                              title_ru(P, C, True), P.ru_ins)
        s.append(cap(x.strip()))
    if ev.others and t != 1:
        people = ["%s %s" % (title_ru(o, C), o.ru) for o in ev.others]
        s.append("Во встрече также %s %s." % ("принял участие" if len(people) == 1 and ev.others[0].male else
                                              "приняла участие" if len(people) == 1 else "приняли участие",
                                              join_ru(people)))
    if topics:
        if t in (0, 2):
            s.append("Стороны обсудили сотрудничество в сфере %s." % join_ru([x[2] for x in topics]))
        else:
            s.append("Темы переговоров: %s." % join_ru([x[1] for x in topics]))
    if ev.orgs:
        s.append("Также состоялся обмен мнениями о взаимодействии в рамках %s." % join_ru([o[2] for o in ev.orgs]))
    if ev.thirds:
        s.append("Стороны также обсудили ситуацию %s." % join_ru([in_state(C[c]) for c in ev.thirds]))
    if t != 1:
        s.append("По итогам встречи %s и %s договорились продолжить консультации." % (E.ru_sur, P.ru_sur))
    return " ".join(s)


# --- the stream of events -----------------------------------------------------------------

class Sampler:
    def __init__(self, items, weights):
        self.items = items
        self.cum = list(itertools.accumulate(weights))

    def __call__(self, rng):
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


def events(seed, world, per_day_events, pair_gap=30):
    C, order, persons, _embassies = world
    rng = random.Random(seed)
    homes = [h for h, _ in HOMES]
    home_pick = Sampler(homes, [w for _, w in HOMES])
    foreign = [p for p in persons if p.weight > 0]     # not the home states' ambassadors abroad
    main_pick = Sampler(foreign, [p.weight for p in foreign])
    by_country = collections.defaultdict(list)
    for p in foreign:
        if p.role != "amb":
            by_country[p.country].append(p)
    country_pick = {c: Sampler(v, [p.weight for p in v]) for c, v in by_country.items()}
    amb = {(p.country, p.posting): p for p in persons if p.role == "amb"}
    mfa = {h: [p for p in persons if p.country == h and p.role in ("fm", "dfm")] for h in homes}
    mfa_pick = {h: Sampler(v, [3.0 if p.role == "fm" else 1.0 for p in v]) for h, v in mfa.items()}
    state_pick = Sampler(order, [C[c].weight for c in order])
    orgs_all = load_orgs()
    org_pick = Sampler(orgs_all, [1.0 / (i + 1) ** 0.9 for i in range(len(orgs_all))])
    topic_pick = Sampler(TOPICS, [1.0 / (i + 1) ** 0.6 for i in range(len(TOPICS))])
    busy = collections.defaultdict(set)     # day -> main persons of that day's events
    met = {}                                # (main, envoy) -> the last day they met
    eid = 0
    day_index = 0
    while True:
        day = START + datetime.timedelta(days=day_index)
        yield day, None
        for _ in range(per_day_events):
            # the same person is the main guest of one event a day, and the same two people
            # meet at most once in pair_gap days (as in life; and such events could hardly be
            # told apart)
            for _try in range(30):
                P = main_pick(rng)
                if P.pid in busy[day_index]:
                    continue
                if P.role == "amb" and P.posting in homes:
                    H = P.posting
                    host = H
                    envoy = mfa_pick[H](rng)
                else:
                    H = home_pick(rng)
                    while H == P.country:
                        H = home_pick(rng)
                    host = P.country
                    a = amb.get((H, P.country))
                    envoy = a if (a and rng.random() < 0.6) else mfa_pick[H](rng)
                if day_index - met.get((P.pid, envoy.pid), -10 ** 6) >= pair_gap:
                    break
            busy[day_index].add(P.pid)
            met[(P.pid, envoy.pid)] = day_index
            ev = Event()
            eid += 1
            ev.eid, ev.main, ev.day, ev.host, ev.envoy = eid, P, day, host, envoy
            ev.home = H
            cities = C[ev.host].cities
            ev.city = (cities[0] if rng.random() < 0.8 or len(cities) == 1 else rng.choice(cities)) if cities else None
            others = []
            for _k in range(rng.choices((0, 1, 2), (50, 35, 15))[0]):
                r = rng.random()
                cand = None
                if r < 0.4 and P.country in country_pick:
                    cand = country_pick[P.country](rng)
                elif r < 0.7 and ev.host != H:
                    cand = amb.get((P.country, H))
                else:
                    cand = amb.get((H, ev.host)) if ev.host != H else amb.get((P.country, H))
                if cand and cand is not P and cand is not ev.envoy and cand not in others:
                    others.append(cand)
            ev.others = others
            thirds = []
            for _k in range(rng.choices((0, 1, 2), (65, 25, 10))[0]):
                c = state_pick(rng)
                if c not in (H, P.country) and c not in thirds:
                    thirds.append(c)
            ev.thirds = thirds
            orgs = []
            for _k in range(rng.choices((0, 1, 2), (50, 35, 15))[0]):
                o = org_pick(rng)
                if o not in orgs:
                    orgs.append(o)
            ev.orgs = orgs
            topics = []
            for _k in range(rng.choices((0, 1, 2, 3), (20, 30, 30, 20))[0]):
                x = topic_pick(rng)
                if x not in topics:
                    topics.append(x)
            ev.topics = topics
            yield day, ev
        busy.pop(day_index - 3, None)
        if day_index % 7 == 0:
            met = {k: v for k, v in met.items() if day_index - v < pair_gap}
        day_index += 1


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def items(n, seed=1, per_day=300, pair_gap=30):
    """The first n items: (id, lang, published date, text, event as the item tells it; .eid is the
    event's id), in the order of publication."""
    w = make_world(seed)
    C = w[0]
    rng = random.Random(seed * 104729 + 3)
    pending = []                # (published ordinal, tie, seq, lang, text, event)
    emitted = 0
    seq = 0
    for day, ev in events(seed, w, max(1, round(per_day / 1.26)), pair_gap):
        if ev is None:
            # everything published before this day can go out
            today = day.toordinal()
            while pending and pending[0][0] < today:
                pub, _tie, _seq, lang, text, event = heapq.heappop(pending)
                emitted += 1
                yield emitted, lang, datetime.date.fromordinal(pub), text, event
                if emitted >= n:
                    return
            continue
        r = rng.random()
        nrep = 1 if r < 0.80 else 2 if r < 0.94 else 3
        first = "en" if rng.random() < 0.5 else "ru"
        langs = [first, "ru" if first == "en" else "en", "en" if rng.random() < 0.5 else "ru"][:nrep]
        ten = [0, 1, 2, 3]
        tru = [0, 1, 2, 3]
        rng.shuffle(ten)
        rng.shuffle(tru)
        for k, lang in enumerate(langs):
            told = ev.report(rng) if k > 0 else ev
            with_date = rng.random() < 0.7
            with_city = rng.random() < 0.85
            if lang == "en":
                text = render_en(told, ten.pop(), C, rng, with_date, with_city, told.topics)
            else:
                text = render_ru(told, tru.pop(), C, rng, with_date, with_city, told.topics)
            offset = rng.choice((0, 0, 1)) if k == 0 else rng.choice((0, 1, 2))
            seq += 1
            heapq.heappush(pending, (day.toordinal() + offset, rng.random(), seq, lang, text, told))


def generate(n, seed=1, per_day=300, pair_gap=30, out=sys.stdout):
    """Writes the first n items as COPY lines (id, lang, published, text, true_event)."""
    buf = []
    for i, lang, published, text, ev in items(n, seed, per_day, pair_gap):
        buf.append("%d\t%s\t%s\t%s\t%d\n" % (i, lang, published.isoformat(), escape(text), ev.eid))
        if len(buf) >= 2000:
            out.write("".join(buf))
            buf = []
    out.write("".join(buf))


def world(seed=1):
    """(countries by code, states by weight, persons) of a seed, as the generator sees them."""
    C, order, persons, _emb = make_world(seed)
    return C, order, persons


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-day", type=int, default=300, help="items published a day (default 300)")
    ap.add_argument("--pair-gap", type=int, default=30,
                    help="days before the same two people meet again (default 30)")
    ap.add_argument("--persons", action="store_true", help="list the invented persons instead (TSV)")
    a = ap.parse_args()
    if a.items is None and not a.persons:
        ap.error("--items is required")
    if a.persons:
        C, order, persons = world(a.seed)
        for p in persons:
            sys.stdout.write("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (p.pid, p.country, p.role, p.posting or "",
                                                                   p.en, p.ru, p.ru_ins, "%.6f" % p.weight))
        return
    try:
        generate(a.items, a.seed, a.per_day, a.pair_gap)
        sys.stdout.flush()
    except BrokenPipeError:             # a reader that stopped early (head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


if __name__ == "__main__":
    main()
