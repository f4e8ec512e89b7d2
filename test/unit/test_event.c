/* test_event.c — event values: building from news items, text and bytes, similarity and its index bound. */
#include "harness.h"

#include <stdlib.h>

#include "alloc.h"
#include "event.h"
#include "event_io.h"
#include "event_match.h"

static const DcDate pub = {2026, 4, 15};

static const DcEventModel *
model(void)
{
	DcError		err;
	const DcEventModel *m = dc_event_model_load(&err);

	if (m == NULL)
	{
		fprintf(stderr, "dc_event_model_load: %s\n", err.message);
		exit(1);
	}
	return m;
}

static DcEvent
from_text(const char *s)
{
	DcEvent		ev;
	DcError		err;

	if (dc_event_from_text(s, strlen(s), NULL, pub, &ev, &err) != DC_OK)
	{
		fprintf(stderr, "dc_event_from_text: %s\n", err.message);
		dc_event_init(&ev);
	}
	return ev;
}

static DcEvent
literal(const char *s)
{
	DcEvent		ev;
	DcError		err;

	if (dc_event_from_literal(s, strlen(s), &ev, &err) != DC_OK)
	{
		fprintf(stderr, "dc_event_from_literal(%s): %s\n", s, err.message);
		dc_event_init(&ev);
	}
	return ev;
}

static float
similarity(const char *a, const char *b)
{
	DcEvent		ea = from_text(a);
	DcEvent		eb = from_text(b);

	return dc_event_similarity(model(), &ea, &eb);
}

static void
test_items(void)
{
	const char *en = "Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of Foreign "
		"Affairs of Italy Antonio Tajani in Rome on 14 April to discuss trade and energy.";
	const char *ru = "В Италии посол Казахстана Ерболат Сембаев встретился в Риме с министром иностранных "
		"дел Италии Антонио Таяни 14 апреля. Стороны обсудили торговлю и энергетику.";
	/* the same ambassador at another event: a round table with other people */
	const char *other = "Ambassador of Kazakhstan to Italy Yerbolat Sembayev spoke at a round table with "
		"Italian experts Marco Rossi and Giulia Bianchi in Milan on 2 April.";
	/* other people, another country */
	const char *far = "Ambassador of Kazakhstan to Japan Yerlan Baudarbek-Kozhatayev met the Governor of "
		"Osaka Hirofumi Yoshimura on 14 April.";
	DcEvent		ev = from_text(en);
	float		same = similarity(en, ru);

	CHECK_STR(dc_event_to_text(&ev), "kind=meeting date=2026-04-14 host=IT place=rome home=KZ "
			  "persons={smbv.a:ambassador@KZ,tn.a.ntn:minister@IT} countries={IT,KZ} topics={energy,trade} "
			  "concepts={action.meet}");
	CHECK(same >= 0.6f);
	CHECK(similarity(en, other) < 0.6f && similarity(en, other) < same);
	CHECK(similarity(en, far) < 0.3f);
	CHECK(similarity(en, en) >= 0.95f);
	/* empty items share nothing */
	CHECK(similarity("", "") == 0.0f);
	ev = from_text(other);
	CHECK(ev.kind == EV_ROUNDTABLE);
	/* an agency's dateline says where it wrote, not where the talks were */
	ev = from_text("Астана. 14 апреля. Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры "
				   "в Мадриде с министром иностранных дел Испании Хосе Мануэлем Альбаресом.");
	CHECK_STR(ev.host, "ES");
	CHECK_STR(ev.place, "madrid");
	CHECK(ev.day == dc_days_from_date((DcDate) {2026, 4, 14}));
}

/* The bytes of a value without concepts as an older version wrote them: no count of concepts. */
static void
older(char *bytes, size_t *len, char version)
{
	memmove(bytes + 20, bytes + 22, *len - 22);
	*len -= 2;
	bytes[0] = version;
}

static void
test_literals(void)
{
	const char *canonical = "kind=call date=2026-03-01 host=ES home=KZ "
		"persons={lvrv.s:minister@RU,mlns.t} countries={ES,KZ,RU} orgs={osce,un} topics={security}";
	DcEvent		ev = literal(canonical);
	DcEvent		back;
	DcError		err;
	char	   *bytes;
	size_t		len;

	CHECK_STR(dc_event_to_text(&ev), "kind=call date=2026-03-01 host=ES home=KZ "
			  "persons={lvrv.s:minister@RU,mlns.t} countries={ES,KZ,RU} orgs={osce,un} topics={security}");
	/* any order, spaces, lower-case codes, duplicates: the same value */
	ev = literal("  topics = { security , security } orgs={un,osce} persons={mlns.t, lvrv.s:minister@ru} "
				 "countries={RU,KZ,ES} home=kz host=ES date=2026-03-01 kind=call ");
	CHECK_STR(dc_event_to_text(&ev), canonical);
	CHECK(dc_event_pack(&ev, &bytes, &len, &err) == DC_OK);
	CHECK(dc_event_unpack(bytes, len, true, &back, &err) == DC_OK);
	CHECK_STR(dc_event_to_text(&back), canonical);
	/* a damaged value is refused, not read past its end */
	CHECK(dc_event_unpack(bytes, len - 1, true, &back, &err) == DC_ERR_INPUT);
	bytes[1] = 42;
	CHECK(dc_event_unpack(bytes, len, true, &back, &err) == DC_ERR_INPUT);
	CHECK_STR(dc_event_to_text(&(DcEvent) {0, DC_EVENT_NO_DAY, "", "", ""}), "kind=other");
	/* what happened round-trips too */
	ev = literal("kind=call concepts={subject.pipeline,action.phone_call,n.30}");
	CHECK_STR(dc_event_to_text(&ev), "kind=call concepts={action.phone_call,n.30,subject.pipeline}");
	CHECK(dc_event_pack(&ev, &bytes, &len, &err) == DC_OK);
	CHECK(dc_event_unpack(bytes, len, true, &back, &err) == DC_OK);
	CHECK_STR(dc_event_to_text(&back), "kind=call concepts={action.phone_call,n.30,subject.pipeline}");
	/* a value of version 1 (no date without a year) still reads */
	ev = literal("kind=call date=2026-04-14 host=KZ");
	CHECK(dc_event_pack(&ev, &bytes, &len, &err) == DC_OK);
	older(bytes, &len, 1);
	CHECK(dc_event_unpack(bytes, len, true, &back, &err) == DC_OK);
	CHECK_STR(dc_event_to_text(&back), "kind=call date=2026-04-14 host=KZ");
	/* a date without a year round-trips, in text and in bytes */
	ev = literal("kind=call date=--02-12 host=KZ");
	CHECK_STR(dc_event_to_text(&ev), "kind=call date=--02-12 host=KZ");
	CHECK(dc_event_pack(&ev, &bytes, &len, &err) == DC_OK);
	CHECK(dc_event_unpack(bytes, len, true, &back, &err) == DC_OK);
	CHECK_STR(dc_event_to_text(&back), "kind=call date=--02-12 host=KZ");
	older(bytes, &len, 2);
	CHECK(dc_event_unpack(bytes, len, true, &back, &err) == DC_OK);
	CHECK_STR(dc_event_to_text(&back), "kind=call date=--02-12 host=KZ");
	bytes[0] = 1;
	CHECK(dc_event_unpack(bytes, len, true, &back, &err) == DC_ERR_INPUT);
	ev = literal("");
	CHECK_STR(dc_event_to_text(&ev), "kind=other");

	/* malformed: each says where */
	CHECK(dc_event_from_literal("kind=party", 10, &ev, &err) == DC_ERR_INPUT);
	CHECK_STR(err.message, "at character 6: unknown kind \"party\" (meeting, briefing, roundtable, call, "
			  "credentials, visit, statement, other)");
	CHECK(dc_event_from_literal("kind=call kind=call", 19, &ev, &err) == DC_ERR_INPUT);
	CHECK_STR(err.message, "at character 11: field \"kind\" given twice");
	CHECK(dc_event_from_literal("date=2026-02-30", 15, &ev, &err) == DC_ERR_INPUT);
	CHECK_STR(err.message, "at character 6: expected a date YYYY-MM-DD or --MM-DD");
	CHECK(dc_event_from_literal("date=--02-30", 12, &ev, &err) == DC_ERR_INPUT);
	CHECK(dc_event_from_literal("persons={a b}", 13, &ev, &err) == DC_ERR_INPUT);
	CHECK_STR(err.message, "at character 12: expected \",\" or \"}\"");
	CHECK(dc_event_from_literal("host=ESP", 8, &ev, &err) == DC_ERR_INPUT);
	CHECK(dc_event_from_literal("colour=red", 10, &ev, &err) == DC_ERR_INPUT);
	CHECK(dc_event_from_literal("kind", 4, &ev, &err) == DC_ERR_INPUT);
	CHECK(dc_event_from_literal("orgs={un", 8, &ev, &err) == DC_ERR_INPUT);
	CHECK(dc_event_from_literal("orgs={}x", 8, &ev, &err) == DC_ERR_INPUT);
}

/* A date without a year compares on its day and month, around the year's turn. */
static void
test_yearless_dates(void)
{
	DcEvent		yearless = literal("kind=call date=--02-12 host=KZ persons={tkv.k,rdgn.r}");
	DcEvent		near = literal("kind=call date=2026-02-13 host=KZ persons={tkv.k,rdgn.r}");
	DcEvent		far = literal("kind=call date=2026-06-13 host=KZ persons={tkv.k,rdgn.r}");
	DcEvent		turn = literal("kind=call date=--12-31 host=KZ persons={tkv.k,rdgn.r}");
	DcEvent		turn2 = literal("kind=call date=2026-01-02 host=KZ persons={tkv.k,rdgn.r}");
	DcEvent		undated = literal("kind=call host=KZ persons={tkv.k,rdgn.r}");

	float		s_near = dc_event_similarity(model(), &yearless, &near);
	float		s_far = dc_event_similarity(model(), &yearless, &far);
	float		s_undated = dc_event_similarity(model(), &yearless, &undated);

	CHECK(s_near >= 0.6f && s_far < 0.6f);
	CHECK(dc_event_similarity(model(), &turn, &turn2) >= 0.6f);
	/* no date at all neither confirms nor rules out: below a date that agrees, above one months off */
	CHECK(s_undated < s_near && s_undated > s_far);
	/* the text's "12 фев" with no year anywhere becomes such a date */
	{
		DcEvent		ev;
		DcError		err;
		const char *text = "АСТАНА, 12 фев — Sputnik. Токаев провел телефонный разговор с Эрдоганом.";

		CHECK(dc_event_from_text(text, strlen(text), "ru", (DcDate) {0, 0, 0}, &ev, &err) == DC_OK);
		CHECK(ev.day == DC_EVENT_NO_DAY && ev.month_day == 212);
	}
}

static void
test_operators(void)
{
	DcEvent		a = literal("kind=meeting host=ES persons={a.b,c.d} countries={ES,KZ} orgs={un} topics={trade}");

	CHECK(dc_event_contains(&a, &a));
	{
		DcEvent		q = literal("persons={c.d} countries={KZ}");
		DcEvent		in_es = literal("host=ES");
		DcEvent		in_it = literal("host=IT");
		DcEvent		none = literal("persons={x.y} topics={energy}");
		DcEvent		empty = literal("");

		CHECK(dc_event_contains(&a, &q));
		CHECK(dc_event_contains(&a, &in_es));
		CHECK(!dc_event_contains(&a, &in_it));
		CHECK(!dc_event_contains(&q, &a));
		CHECK(dc_event_overlaps(&a, &q));
		CHECK(!dc_event_overlaps(&a, &none));
		CHECK(!dc_event_overlaps(&a, &in_it));
		CHECK(dc_event_contains(&a, &empty) && !dc_event_overlaps(&a, &empty));
		/* a surname without a given name is the person of that surname */
		CHECK(dc_event_contains(&a, &(DcEvent) {.participants = &(DcParticipant) {"c", "", ""},
												.nparticipants = 1, .place = ""}));
		CHECK(!dc_event_contains(&a, &(DcEvent) {.participants = &(DcParticipant) {"c.x", "", ""},
												 .nparticipants = 1, .place = ""}));
	}
}

/* A random value over a small vocabulary, so that random pairs share things. */
static DcEvent
random_event(unsigned *seed)
{
	/* surnames without a given name ("a") and namesakes ("a.x") included */
	static const char *const persons[] = {"a.b", "c.d", "e.f", "g.h", "i.j", "k.l", "a", "a.x", "c"};
	static const char *const states[] = {"", "KZ", "ES", "IT"};
	static const char *const orgs[] = {"un", "osce", "kz-embassy-es", "es-senate"};
	static const char *const topics[] = {"trade", "energy", "culture"};
	static const char *const concepts[] = {"action.meet", "action.sign", "n.5", "n.6", "occasion.birthday",
	"subject.pipeline"};
	DcEvent		ev;

	dc_event_init(&ev);
	ev.kind = (DcEventKind) (rand_r(seed) % EV_NKINDS);
	if (rand_r(seed) % 4)
		ev.day = 9600 + rand_r(seed) % 40;
	else if (rand_r(seed) % 2)
	{
		/* a date without a year, in the same weeks */
		DcDate		d = dc_date_from_days(9600 + rand_r(seed) % 40);

		ev.month_day = d.month * 100 + d.day;
	}
	strcpy(ev.host, states[rand_r(seed) % 4]);
	strcpy(ev.home, states[rand_r(seed) % 2]);
	ev.participants = dc_alloc(sizeof(DcParticipant) * 4);
	ev.countries = dc_alloc(sizeof(char *) * 4);
	ev.orgs = dc_alloc(sizeof(char *) * 4);
	ev.topics = dc_alloc(sizeof(char *) * 3);
	for (int i = rand_r(seed) % 4; i > 0; i--)
	{
		DcParticipant *p = &ev.participants[ev.nparticipants++];

		p->key = persons[rand_r(seed) % 9];
		p->role = "";
		strcpy(p->state, states[rand_r(seed) % 4]);
	}
	for (int i = rand_r(seed) % 3; i > 0; i--)
		ev.orgs[ev.norgs++] = orgs[rand_r(seed) % 4];
	for (int i = rand_r(seed) % 3; i > 0; i--)
		ev.topics[ev.ntopics++] = topics[rand_r(seed) % 3];
	ev.concepts = dc_alloc(sizeof(char *) * 3);
	for (int i = rand_r(seed) % 3; i > 0; i--)
		ev.concepts[ev.nconcepts++] = concepts[rand_r(seed) % 6];
	ev.planned = rand_r(seed) % 4 == 0;
	if (ev.host[0])
		ev.countries[ev.ncountries++] = dc_strndup(ev.host, 2);
	dc_event_normalize(&ev);
	return ev;
}

/*
 * The index may skip an item only when the bound says it cannot reach the
 * threshold: the bound must never be below the similarity it stands for.
 */
static void
test_bound(void)
{
	unsigned	seed = 7;
	int			below = 0;
	int			pruned = 0;
	int			missed = 0;

	for (int n = 0; n < 20000; n++)
	{
		DcEvent		q = random_event(&seed);
		DcEvent		item = random_event(&seed);
		float		threshold = (float) (rand_r(&seed) % 10) / 10.0f;
		unsigned	mask = dc_event_similarity_groups(model(), &q, threshold);
		int			nkeys = dc_event_nkeys(&q, mask ? mask : DC_GROUPS_SIMILAR, true);
		DcEventKey *keys = dc_alloc(sizeof(DcEventKey) * (size_t) (nkeys + 1));
		DcEventKey *item_keys = dc_alloc(sizeof(DcEventKey) * (size_t) (dc_event_nkeys(&item, DC_GROUPS_ALL, false) + 1));
		int			nitem = dc_event_keys(&item, DC_GROUPS_ALL, false, item_keys);
		bool	   *present = dc_alloc(sizeof(bool) * (size_t) (nkeys + 1));
		bool		any = false;
		float		sim = dc_event_similarity(model(), &q, &item);
		float		bound;

		dc_event_keys(&q, mask ? mask : DC_GROUPS_SIMILAR, true, keys);
		for (int k = 0; k < nkeys; k++)
		{
			present[k] = false;
			for (int j = 0; j < nitem; j++)
				present[k] |= keys[k].hash == item_keys[j].hash;
			any |= present[k];
		}
		bound = dc_event_similarity_bound(model(), &q, keys, present, nkeys, mask ? mask : DC_GROUPS_SIMILAR);
		below += bound + 1e-6f < sim;
		pruned += bound < threshold;
		/* an item with none of the needed keys is never a match */
		missed += mask && !any && sim >= threshold;
		dc_free(keys);
		dc_free(item_keys);
		dc_free(present);
	}
	CHECK(below == 0);
	CHECK(missed == 0);
	CHECK(pruned > 1000);		/* and it does prune */
}

void
test_event(void)
{
	test_items();
	test_literals();
	test_yearless_dates();
	test_operators();
	test_bound();
}
